import { describe, expect, it } from 'vitest';
import { Phase } from '@msp-atlas/msp-vocabulary';
import { buildDemoPartnerships } from '../src/build-demo-partnerships.js';
import { chooseNewOrganization } from '../src/inline-organization-chooser.js';

const today = '2026-03-01';
const partnerships = buildDemoPartnerships(2_000, { seed: 99, today, chooseOrganization: chooseNewOrganization, healthVariants: true });

describe('demo partnership plans', () => {
  it('date every step, report and signature in the past, in order', () => {
    for (const { details, phaseSteps, reports, governance } of partnerships) {
      expect(details.startDate! <= today).toBe(true);
      if (details.endDate) expect(details.endDate >= details.startDate!).toBe(true);
      const stepDates = phaseSteps.map((step) => step.changedOn);
      expect(stepDates).toEqual([...stepDates].sort());
      expect(stepDates.every((date) => date > details.startDate! && date <= today)).toBe(true);
      if (governance.mouSignedOn) expect(governance.mouSignedOn >= details.startDate! && governance.mouSignedOn <= today).toBe(true);
      for (const [index, report] of reports.entries()) {
        expect(report.periodStart <= report.periodEnd && report.periodEnd < report.reportedOn && report.reportedOn <= today).toBe(true);
        if (index > 0) expect(report.periodStart > reports[index - 1]!.periodEnd).toBe(true);
      }
    }
  });

  it('end in the phase planned, with every move a real change of phase', () => {
    for (const { phase, phaseSteps } of partnerships) {
      expect(phaseSteps.at(-1)?.phase ?? Phase.INITIATION).toBe(phase);
      const phases = [Phase.INITIATION, ...phaseSteps.map((step) => step.phase)];
      expect(phases.every((current, index) => index === 0 || current !== phases[index - 1])).toBe(true);
    }
  });

  it('give a secretariat a host and reports only to implementing partnerships', () => {
    for (const { phase, governance, stakeholders, reports } of partnerships) {
      const hosts = stakeholders.filter((stakeholder) => stakeholder.hostsSecretariat);
      expect(hosts.length).toBe(governance.secretariatStaffCount !== null && stakeholders.length > 0 ? 1 : 0);
      if (reports.length > 0) expect([Phase.IMPLEMENTATION, Phase.FURTHER_DEVELOPMENT]).toContain(phase);
    }
  });

  it('date evaluations and self-assessments in the past, after the start, and score each factor at most once', () => {
    for (const { details, selfAssessments } of partnerships) {
      if (details.lastEvaluatedOn) expect(details.lastEvaluatedOn >= details.startDate! && details.lastEvaluatedOn <= today).toBe(true);
      const dates = selfAssessments.map((assessment) => assessment.assessedOn);
      expect(dates).toEqual([...dates].sort());
      for (const { assessedOn, scores } of selfAssessments) {
        expect(assessedOn >= details.startDate! && assessedOn <= today && assessedOn >= '2025-01-01').toBe(true);
        expect(new Set(scores.map((score) => score.factor)).size).toBe(scores.length);
        expect(scores.every(({ score }) => Number.isInteger(score) && score >= 1 && score <= 5)).toBe(true);
      }
    }
    expect(partnerships.some((p) => p.selfAssessments.length > 1)).toBe(true);
  });

  it('let partners leave only partnerships past initiation, never one still at the table', () => {
    for (const { phase, stakeholders, departedStakeholders } of partnerships) {
      if (departedStakeholders.length > 0) expect(phase).not.toBe(Phase.INITIATION);
      const present = new Set(stakeholders.map((stakeholder) => stakeholder.organization.name));
      expect(departedStakeholders.every((stakeholder) => !present.has(stakeholder.organization.name))).toBe(true);
    }
  });
});
