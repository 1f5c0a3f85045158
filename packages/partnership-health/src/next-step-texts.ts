// Every next step a rule can recommend, by stable code, in plain English. The web says
// them in the reader's language from the code (its catalogue must cover every key here).

export const NEXT_STEP_TEXTS = {
  // Common strategy
  RECORD_OBJECTIVES: 'Write down the objectives the partners share.',
  RECORD_PROBLEM_STATEMENT: 'Write down, in words every partner agrees with, the problem you want to solve together.',
  PLAN_RESULTS_CHAIN: 'Add milestones and indicators that show how the objectives will be reached.',
  DATE_MILESTONES: 'Give every milestone a due date.',
  FORM_CORE_GROUP: 'Agree which organisations form the core group and record their role.',
  WIDEN_CORE_GROUP: 'Bring at least one more organisation into the core group, so leadership and risk are shared.',
  CORE_COMMIT_RESOURCES: 'Ask every core-group member to commit money, goods or staff time, and record it.',
  FIND_CHAMPION: 'Win an external champion, such as a minister or a respected leader, and record them.',
  ADD_CHAMPION: 'Look for a second champion, so support does not rest on one person.',
  // Cooperation
  RECORD_STAKEHOLDERS: 'Record the organisations taking part and their roles.',
  INVOLVE_AFFECTED_GROUPS: 'Bring the people affected to the table: community organisations or civil society.',
  WIDEN_STAKEHOLDER_TYPES: 'Check which kinds of organisation the objectives need, and invite those still missing.',
  ASSESS_TRUST: 'Ask the partners to score trust in a self-assessment.',
  DISCUSS_PARTNER_TURNOVER: 'Talk with partners about why others left, and what would keep partners on board.',
  BUILD_TRUST: 'Make room for open discussion among partners on equal terms, then check again in the next self-assessment.',
  ASSESS_SHARED_LANGUAGE: 'Ask the partners in a self-assessment whether they understand each other.',
  AGREE_SHARED_LANGUAGE: 'Hold a session to agree on key terms and on how each partner sees the problem.',
  // Steering and resources
  SET_UP_SECRETARIAT: 'Set up a secretariat with at least one person dedicated to coordination.',
  STAFF_SECRETARIAT: 'Give the secretariat at least one person dedicated to coordination.',
  RECORD_SECRETARIAT_HOST: 'Record which organisation hosts the secretariat.',
  ADD_SECRETARIAT_STAFF: 'Plan a second person for the secretariat, so coordination does not rest on one person.',
  RECORD_DECISION_MAKING: 'Agree how the partnership takes decisions and record it.',
  SHARE_DECISIONS: 'Give every partner a say in decisions, not only the lead organisation.',
  OPEN_STEERING_COMMITTEE: 'Make sure partners outside the steering committee receive its information and can raise issues.',
  COMMIT_RESOURCES: 'Record what each partner brings: money, goods or staff time.',
  SECURE_FUNDING: 'Secure money for the activities and record who provides it.',
  DIVERSIFY_FUNDING: 'Find further funders, so the partnership does not depend on one source.',
  // Context
  CONTEXT_PENDING: 'Wait for the overlap check with other initiatives; it runs shortly after each change.',
  RESOLVE_DUPLICATES: 'Contact the initiative that looks like a duplicate and agree whether to join forces.',
  COORDINATE_WITH_OVERLAPS: 'Get in touch with the initiatives that overlap with yours and agree who does what.',
  SDG_PENDING: 'Wait for the SDG check of the partnership text; it runs shortly after each change.',
  DECLARE_SDG_TARGETS: 'Declare the SDG targets the partnership contributes to.',
  EVIDENCE_SDG_TARGETS: 'Describe the work on the declared SDG targets, or remove targets you do not work on.',
  REVIEW_SUGGESTED_TARGETS: 'Review the SDG targets the text points to and declare those you serve.',
  // Monitoring and learning
  DEFINE_INDICATORS: 'Define indicators to measure results.',
  SET_BASELINES_TARGETS: 'Give each indicator a baseline and a target.',
  SUBMIT_PROGRESS_REPORT: 'Submit a progress report on the past year.',
  EVALUATE_PARTNERSHIP: 'Evaluate the partnership and record the date of the evaluation.',
  REPEAT_EVALUATION: 'Plan a new evaluation; the last one is several years old.',
  PUBLISH_PROGRESS_REPORTS: 'Publish progress reports, so partners, donors and the public can follow the results.',
  LEARNING_PENDING: 'Check again later: the learning library did not answer.',
  SHARE_LESSON: 'Write down a lesson the partnership has learned and share it in the library.',
  SHARE_RECENT_LESSON: 'Share a lesson from the last two years in the library.',
  SHARE_MORE_LESSONS: 'Share another lesson, from a success or a failure.',
  // Process management
  PLAN_MEASURABLE_RESULTS: 'Plan milestones and measurable indicators for the work.',
  CATCH_UP_MILESTONES: 'Review the overdue milestones: finish them, or set new dates.',
  LINK_INDICATORS_TO_SDG: 'Link the indicators to official SDG indicators where they match.',
  SIGN_MOU: 'Write down each partner’s role and contribution in a memorandum of understanding and sign it.',
  WRITE_COMMITMENTS: 'Record what each partner commits to.',
  SET_UP_CHANNELS: 'Agree how partners keep each other informed, such as regular calls or a newsletter, and record it.',
  ADD_CHANNELS: 'Add a further way of keeping partners informed, such as a shared workspace or regular meetings.',
  // Continuity
  PLAN_CONTINUATION: 'Write a plan for continuing, scaling or handing over the work.',
  INVOLVE_LOCAL_PARTNERS: 'Bring local community organisations into the plan to hand over the work.',
} as const satisfies Record<string, string>;

export type NextStepCode = keyof typeof NEXT_STEP_TEXTS;
