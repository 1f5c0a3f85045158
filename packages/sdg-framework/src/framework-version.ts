/**
 * The revision of the UN global indicator framework that the shipped indicator set and
 * wording follow: the 2020 comprehensive review. The upstream snapshot (Open SDG, 2025-08-19)
 * does not carry the 2025 comprehensive review; see README.md.
 */
export const SDG_FRAMEWORK_VERSION = '2020';
