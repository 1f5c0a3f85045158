export function OverdueReportWarning() {
  return (
    <div className="notice notice-warning" role="note" data-testid="overdue-warning">
      <p className="notice-title">
        <span aria-hidden="true">⚠ </span>Progress report overdue
      </p>
      <p>
        This partnership is in implementation and has not filed a progress report for 12 months. Regular reports
        keep partners, funders and the public informed, and show that the partnership is still active.
      </p>
    </div>
  );
}
