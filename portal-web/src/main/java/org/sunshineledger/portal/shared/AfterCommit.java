package org.sunshineledger.portal.shared;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work to do when the current transaction ends, whichever way: forgetting what a cache computed,
 * since a read between a write and its commit computed the state of before the write.
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
}
