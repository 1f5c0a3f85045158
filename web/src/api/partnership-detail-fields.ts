/**
 * Everything the detail page shows; the phase change asks for the same, so the page updates in place.
 * What the viewer may do and see (edit, members, contacts) comes with the record.
 */
export const PARTNERSHIP_DETAIL_FIELDS = /* GraphQL */ `
  id slug name summary description website phase status scope countries regions sectors sdgTargets sdgGoals
  startDate endDate objectives version isDemo createdAt updatedAt
  governance {
    secretariat { staffCount host { id name } }
    mouSignedOn decisionMaking communicationChannels
  }
  phaseHistory { id fromPhase toPhase changedOn note }
  stakeholders {
    id roles commitment
    organization { id name type country }
    contributions { id kind description amount currency personDays }
  }
  milestones { id title dueOn status }
  indicators { id name unit baseline target sdgIndicatorCode }
  progressReports { id periodStart periodEnd reportedOn summary indicatorValues { indicatorId value } }
  fundingConcentration { currency totalAmount funderCount largestFunderShare herfindahlIndex largestFunder { id name } }
  progressReportOverdue
  viewerCanEdit viewerIsMember memberCount
  contacts { name email phone role }
  members { account { id name } invitedBy { id name } joinedAt }
  pendingInvitations { id email createdAt invitedBy { id name } }
`;
