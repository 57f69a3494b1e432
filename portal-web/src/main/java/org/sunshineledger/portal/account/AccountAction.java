package org.sunshineledger.portal.account;

/** What was done to an account, as the account log records it. */
public enum AccountAction {
  /** A donor signed up. */
  SIGNED_UP,
  /** Someone signed in at the sign-in page. */
  SIGNED_IN,
  /** A sign-in with a wrong name or password. */
  SIGN_IN_FAILED,
  /** The holder chose a new password. */
  PASSWORD_CHANGED,
  /** A donor changed what the public sees of them. */
  PROFILE_CHANGED,
  /** A donor closed their account. */
  CLOSED,
  /** An official was appointed, with a one-time password. */
  APPOINTED,
  /** A superior changed an official's details, role or place. */
  EDITED,
  /** A superior set a new one-time password. */
  PASSWORD_RESET,
  /** A superior disabled the account: its sessions ended. */
  DISABLED,
  /** A superior enabled it again. */
  ENABLED
}
