export {
  createClient,
  createLiteClient,
  createPublicClient,
  type EntrypointClient,
  type PublicClient,
} from './create-client.js';
export {
  EntrypointError,
  ValidationError,
  AuthError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  NetworkError,
  TimeoutError,
  ResponseValidationError,
} from './errors.js';
export type { ClientOptions, RequestOptions, RetryOptions } from './transport.js';
export { parseRetryAfter } from './transport.js';
export type { PageParams } from './pagination.js';
export type { OrganizationListParams, OrganizationsResource } from './organizations.js';
export type {
  ChallengeCardParams,
  ChallengeFilters,
  ChallengeListParams,
  ChallengeSort,
  ChallengesResource,
} from './challenges.js';
export type { OpenedDoorsFilter, OpenedDoorsParams, OpenedDoorsResource } from './doors.js';
export type { ClusterListParams, ClustersResource } from './clusters.js';
export type { StaffResource } from './staff.js';
export type { FeedKind, FeedParams, StoryListParams, StoriesResource } from './stories.js';
export type { TagsResource } from './tags.js';
export {
  newIdempotencyKey,
  type SubmissionExportParams,
  type SubmissionFilterParams,
  type ChangeOptions,
  type SubmissionListParams,
  type SubmissionsResource,
  type SubmitOptions,
} from './submissions.js';
export type { OrgRequestOptions, SessionResource } from './session.js';
export type { AuditListParams, AuditResource } from './audit.js';
