/** The parts of Webex objects the bot reads. Optional where Webex may leave a field out. */

export interface Person {
  id: string;
  emails: string[];
  displayName: string;
  firstName?: string;
  lastName?: string;
  nickName?: string;
  phoneNumbers?: { type?: string; value: string; primary?: boolean }[];
  extension?: string;
  locationId?: string;
  avatar?: string;
  orgId: string;
  roles?: string[];
  licenses?: string[];
  department?: string;
  manager?: string;
  managerId?: string;
  title?: string;
  addresses?: Record<string, unknown>[];
  siteUrls?: string[];
  created?: string;
  lastModified?: string;
  type?: 'person' | 'bot' | 'appuser';
  /** Webex documents these as "true"/"false" strings and sometimes sends booleans: the client gives booleans. */
  invitePending?: boolean;
  loginEnabled?: boolean;
}

export interface License {
  id: string;
  name: string;
  totalUnits: number;
  consumedUnits: number;
  consumedByUsers?: number | null;
  consumedByWorkspaces?: number | null;
  subscriptionId?: string;
  siteUrl?: string;
}

export interface Role {
  id: string;
  name: string;
}

export interface Room {
  id: string;
  title: string;
  type: 'group' | 'direct';
}

export interface Membership {
  id: string;
  roomId: string;
  personId: string;
  personEmail: string;
  personDisplayName?: string;
  personOrgId?: string;
  isModerator?: boolean;
}

export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: Record<string, unknown>;
}

export interface Message {
  id: string;
  roomId: string;
  roomType?: 'group' | 'direct';
  parentId?: string;
  text?: string;
  markdown?: string;
  html?: string;
  files?: string[];
  attachments?: CardAttachment[];
  personId: string;
  personEmail: string;
  mentionedPeople?: string[];
  created: string;
  updated?: string;
}

export interface NewMessage {
  roomId: string;
  parentId?: string;
  text?: string;
  markdown?: string;
  attachments?: CardAttachment[];
}

export interface Webhook {
  id: string;
  name: string;
  targetUrl: string;
  resource: string;
  event: string;
  filter?: string;
  /** Given back to the token that created the webhook (spec/webex-messaging.json, schema Webhook). */
  secret?: string;
  status: 'active' | 'inactive';
  created: string;
}

export interface AttachmentAction {
  id: string;
  type: 'submit';
  messageId: string;
  inputs: Record<string, unknown>;
  personId: string;
  roomId: string;
  created: string;
}

export interface LicenseOperation {
  id: string;
  operation: 'add' | 'remove';
}

export interface UserLicensesResponse {
  orgId: string;
  personId: string;
  email: string;
  licenses: string[];
}

export interface DownloadedFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** A role in SCIM 2 (`RoleObject` of the admin OpenAPI): `{value: "id_full_admin", type: "cirole"}`. */
export interface ScimRole {
  value: string;
  type?: string;
  display?: string;
}

/** The part of a SCIM 2 user (`GetUserResponse`) the bot reads. */
export interface ScimUser {
  id: string;
  userName: string;
  roles?: ScimRole[];
}

/** Roles to add to and remove from one user, by SCIM role value (`id_full_admin`). */
export interface ScimRoleChange {
  add: string[];
  remove: string[];
}

/** One operation's answer in a SCIM Bulk response (`status` is a string, `response` carries a failure). */
export interface ScimBulkResult {
  method?: string;
  bulkId?: string;
  location?: string;
  version?: string;
  status: string;
  response?: { detail?: string; message?: string; trackingId?: string; status?: string };
}
