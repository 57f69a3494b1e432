package org.sunshineledger.portal.shared;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work to do when the current transaction ends: forgetting what a cache computed whichever way it
 * ends, since a read between a write and its commit computed the state of before the write; or
 * following a write only once it is committed.
 */
public final class AfterCommit {
  private AfterCommit() {}

  /**
   * Runs the work now and again when the current transaction completes.
   *
   * @param transactions the container's registry
   * @param forget the work, for example clearing a cache
   */
  public static void forgetNowAndAtCompletion(
      TransactionSynchronizationRegistry transactions, Runnable forget) {
    forget.run();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            forget.run();
          }
        });
  }

  /**
   * Runs work once the current transaction has committed, and not when it rolls back.
   *
   * @param transactions the container's registry
   * @param work the work, for example following the committed rows in an index
   */
  public static void whenCommitted(TransactionSynchronizationRegistry transactions, Runnable work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
              work.run();
            }
          }
        });
  }
}
