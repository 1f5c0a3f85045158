export function AppFooter() {
  return (
    <footer className="app-footer">
      <p>
        MSP Atlas: a meta-platform for multi-stakeholder partnerships on Agenda 2030. SDG texts from the Open SDG
        project (MIT licence); country and region codes from ISO 3166-1 and UN M49; sectors from the OECD DAC codelist.
      </p>
    </footer>
  );
}
