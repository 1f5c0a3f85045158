export function OverdueReportWarning() {
  return (
    <div className="notice notice-warning" role="note" data-testid="overdue-warning">
      <p className="notice-title">
        <span aria-hidden="true">⚠ </span>Progress report overdue
      </p>
      <p>
        This partnership has been in implementation for more than 12 months without a progress report. Regular
        reports keep partners, funders and the public informed.
      </p>
    </div>
  );
}
