/** Records the sandbox keeps in memory. Shapes follow the Webex objects they stand for. */

export type IdentityKind = 'person' | 'bot' | 'serviceApp';

export interface PersonRecord {
  uuid: string;
  id: string;
  kind: IdentityKind;
  emails: string[];
  displayName: string;
  nickName?: string;
  firstName?: string;
  lastName?: string;
  phoneNumbers: { type: string; value: string; primary?: boolean }[];
  extension?: string;
  locationId?: string;
  avatar?: string;
  department?: string;
  title?: string;
  manager?: string;
  managerId?: string;
  addresses?: Record<string, string>[];
  siteUrls?: string[];
  roles: string[];
  licenses: string[];
  orgId: string;
  created: string;
  lastModified: string;
  invitePending: boolean;
  loginEnabled: boolean;
}

export interface LicenseRecord {
  id: string;
  offer: string;
  name: string;
  totalUnits: number;
  subscriptionId: string;
}

export interface RoleRecord {
  id: string;
  key: string;
  name: string;
}

export interface RoomRecord {
  uuid: string;
  id: string;
  title: string;
  type: 'group' | 'direct';
  creatorId: string;
  created: string;
  lastActivity: string;
  isLocked: boolean;
}

export interface MembershipRecord {
  id: string;
  roomId: string;
  personId: string;
  isModerator: boolean;
  created: string;
}

export interface ContentRecord {
  id: string;
  roomId: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface MessageRecord {
  id: string;
  roomId: string;
  parentId?: string;
  personId: string;
  text?: string;
  markdown?: string;
  html?: string;
  contentIds: string[];
  attachments: unknown[];
  mentionedPeople: string[];
  created: string;
  updated?: string;
  edits: number;
}

export interface AttachmentActionRecord {
  id: string;
  type: 'submit';
  messageId: string;
  inputs: Record<string, unknown>;
  personId: string;
  roomId: string;
  created: string;
}

export interface WebhookRecord {
  id: string;
  name: string;
  targetUrl: string;
  resource: string;
  event: string;
  filter?: string;
  secret?: string;
  status: 'active' | 'inactive';
  created: string;
  ownerId: string;
  consecutiveFailures: number;
}

export interface CcUserProfile {
  id: string;
  name: string;
  profileType: 'STANDARD_AGENT' | 'PREMIUM_AGENT' | 'SUPERVISOR' | 'ADMINISTRATOR';
  systemDefault: boolean;
}

export interface CcUserRecord {
  id: string;
  ciUserId: string;
  version: number;
  firstName: string;
  lastName: string;
  email: string;
  userProfileId: string;
  contactCenterEnabled: boolean;
  active: boolean;
  siteId: string;
  teamIds: string[];
  agentProfileId: string;
  multimediaProfileId?: string;
  skillProfileId?: string;
  createdTime: number;
  lastUpdatedTime: number;
}
