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
  /**
   * "Premium Agent - Supervisor" ticked on the person's Premium Agent license in Control Hub (help
   * 9q7agc); it goes with that license.
   */
  ccSupervisor?: boolean;
}

export interface LicenseRecord {
  id: string;
  /** The organisation whose subscription holds it. */
  orgId: string;
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

/**
 * User profile types (Contact Center OpenAPI `UserProfileDTO.profileType`): ADMINISTRATOR_ONLY is the
 * profile of an administrator who holds no agent license (help.webex.com nzmlgqi "Unlicensed
 * Administrator", n524f2m).
 */
export type CcProfileType = 'STANDARD_AGENT' | 'PREMIUM_AGENT' | 'SUPERVISOR' | 'ADMINISTRATOR' | 'ADMINISTRATOR_ONLY';

export interface CcUserProfile {
  id: string;
  name: string;
  profileType: CcProfileType;
  systemDefault: boolean;
}

/** What every Contact Center configuration record carries (`id`, `version`, times in epoch ms). */
export interface CcRecordBase {
  id: string;
  name: string;
  version: number;
  createdTime: number;
  lastUpdatedTime: number;
}

/** A site (`SiteDTO`): it requires a multimedia profile. */
export interface CcSiteRecord extends CcRecordBase {
  multimediaProfileId: string;
  description?: string;
}

/** A team (`TeamResponseDTO`): AGENT teams take agents, CAPACITY teams (voice mailboxes, outside groups) do not. */
export interface CcTeamRecord extends CcRecordBase {
  teamType: 'AGENT' | 'CAPACITY';
  siteId: string;
  capacity?: number;
  dialedNumber?: string;
  multiMediaProfileId?: string;
  skillProfileId?: string;
}

/** A desktop profile (`agent-profile`, `AgentProfileResponseDTO`). */
export interface CcDesktopProfileRecord extends CcRecordBase {
  description?: string;
}

/** A multimedia profile (`MultimediaProfileDTO`): contacts per channel an agent handles at once. */
export interface CcMultimediaProfileRecord extends CcRecordBase {
  blendingMode: 'BLENDED' | 'BLENDED_REALTIME' | 'EXCLUSIVE';
  telephony: number;
  chat: number;
  email: number;
  social: number;
}

/** A skill profile (`SkillProfileDTO`). */
export interface CcSkillProfileRecord extends CcRecordBase {
  description?: string;
  /** Skill ids this profile gives (as boolean skills). */
  skillIds: string[];
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
  siteId?: string;
  teamIds: string[];
  agentProfileId?: string;
  multimediaProfileId?: string;
  skillProfileId?: string;
  createdTime: number;
  lastUpdatedTime: number;
}
