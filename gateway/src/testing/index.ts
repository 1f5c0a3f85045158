// What journeys through the gateway build on, in any workspace: the platform in one
// process, and seed builders that go through the public GraphQL API only.
export { startPlatform, type Platform, type PlatformOptions, type ServiceName, type SubgraphHandle } from './platform.js';
export { sharedPlatform, type SharedPlatform } from './shared-platform.js';
export { bearerClient, signInAccount, signUpAccount, type SignedUpAccount } from './accounts.js';
export { PARTNERSHIP_FIELDS, registerOrganization, registerPartnership, registrationInput } from './registry-builders.js';
export { curatorOf, draftLesson, LESSON_FIELDS, learningModerator, lessonInput, publishedLesson, signInAdmin, transition } from './lesson-builders.js';
export { checkOverlaps, indexCaughtUp, kisumuWater, OVERLAP_FIELDS, OVERLAP_FIELDS_WITH_ORGANIZATIONS, overlapsOf, peruReading } from './overlap-builders.js';
export { postOperation, postRaw } from './post-raw.js';
