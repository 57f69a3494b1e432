package org.sunshineledger.portal.http;

import java.util.List;

/**
 * The small answers that are not views of the application: each a record, so the published document
 * gives its schema and the contract test can hold the answer to it.
 */
public final class Bodies {
  private Bodies() {}

  /**
   * The signed-in account.
   *
   * @param user the account's name
   * @param role its role
   * @param csrfToken the session's anti-forgery token, empty for Basic authentication
   */
  public record SessionView(String user, String role, String csrfToken) {}

  /**
   * A one-time code the recipient shows the donor on delivery.
   *
   * @param code the code
   */
  public record ReceiptCode(String code) {}

  /**
   * A filed objection.
   *
   * @param id its id
   * @param disclosure the notice it objects to
   * @param version the version it objects to
   * @param filedAt when it was filed
   */
  public record ObjectionFiled(long id, long disclosure, int version, String filedAt) {}

  /**
   * An unsafe house's renovation state after a step.
   *
   * @param state the state
   */
  public record RenovationState(String state) {}

  /**
   * The latest signed checkpoint of the transparency log.
   *
   * @param origin the log's name
   * @param size its size
   * @param root its root hash, base64
   * @param note the C2SP signed note
   * @param verifierKey the note verifier key
   */
  public record CheckpointView(
      String origin, long size, String root, String note, String verifierKey) {}

  /**
   * The inclusion proof of a published version.
   *
   * @param disclosure the notice
   * @param number the version's number
   * @param leafIndex its index in the log
   * @param treeSize the size of the tree proved against
   * @param leafHash the leaf hash, base64
   * @param proof the audit path, base64 hashes
   * @param root the root of that tree, base64
   * @param canonical the version's canonical text, the leaf's data
   * @param checkpoint the signed checkpoint
   * @param verifierKey the note verifier key
   */
  public record InclusionView(
      long disclosure,
      int number,
      long leafIndex,
      long treeSize,
      String leafHash,
      List<String> proof,
      String root,
      String canonical,
      String checkpoint,
      String verifierKey) {}

  /**
   * The consistency proof between two sizes of the log.
   *
   * @param from the older size
   * @param to the newer size
   * @param fromRoot the older root, base64
   * @param toRoot the newer root, base64
   * @param proof the proof, base64 hashes
   */
  public record ConsistencyView(
      long from, long to, String fromRoot, String toRoot, List<String> proof) {}

  /**
   * What a re-verification of every stored version found.
   *
   * @param intact whether everything held
   * @param size the log's size
   * @param checkpointSize the latest checkpoint's size
   * @param rootMatchesCheckpoint whether the stored leaves give the checkpoint's root
   * @param checked the versions checked
   * @param altered the versions altered, as {@code disclosure/version}
   */
  public record AuditView(
      boolean intact,
      long size,
      long checkpointSize,
      boolean rootMatchesCheckpoint,
      int checked,
      List<String> altered) {}
}
