/**
 * The controlled vocabularies of the domain (docs/architecture.md, "Domain
 * model"), as plain constants.
 * This module imports nothing, so a bundle that needs only a vocabulary (a
 * theme filter, a status label) does not pay for zod.
 */
/** The themes vocabulary. Labels are translated in the UI. */
export const THEMES = [
  'mobility',
  'energy',
  'climate',
  'circular-economy',
  'built-environment',
  'water',
  'food',
  'health',
  'social-care',
  'education',
  'safety',
  'digitalisation',
  'culture',
  'tourism',
  'maritime',
  'industry',
] as const;

export const ORGANIZATION_KINDS = ['city', 'region', 'cluster', 'agency'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const CHALLENGE_STATUSES = [
  'draft',
  'open',
  'in-dialogue',
  'procurement',
  'closed',
  'solved',
] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const OFFERS = ['testbed', 'data', 'pilot', 'procurement', 'funding', 'expertise'] as const;
export type Offer = (typeof OFFERS)[number];

export const PROCUREMENT_ROUTES = [
  'market-dialogue',
  'pre-commercial-procurement',
  'innovation-partnership',
  'innovation-procurement',
  'testbed',
  'other',
] as const;
export type ProcurementRoute = (typeof PROCUREMENT_ROUTES)[number];

export const CLUSTER_RELATION_KINDS = ['partner', 'member-of', 'collaborates'] as const;
export type ClusterRelationKind = (typeof CLUSTER_RELATION_KINDS)[number];

export const SUBMISSION_KINDS = [
  'idea',
  'proposal',
  'question',
  'meeting-request',
  'testbed-request',
] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export const SUBMISSION_STATUSES = [
  'received',
  'in-review',
  'in-dialogue',
  'forwarded',
  'accepted',
  'declined',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/**
 * The moves a submission may make through the inbox. `received` is where every
 * submission starts; `accepted` and `declined` are final.
 */
export const SUBMISSION_TRANSITIONS: Readonly<
  Record<SubmissionStatus, readonly SubmissionStatus[]>
> = {
  received: ['in-review', 'in-dialogue', 'forwarded', 'declined'],
  'in-review': ['in-dialogue', 'forwarded', 'accepted', 'declined'],
  'in-dialogue': ['in-review', 'forwarded', 'accepted', 'declined'],
  forwarded: ['in-review', 'in-dialogue', 'accepted', 'declined'],
  accepted: [],
  declined: [],
};

export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];
