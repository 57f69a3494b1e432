package org.sunshineledger.disclosure;

import java.util.Map;
import org.sunshineledger.kernel.DomainException;

/**
 * A Merkle proof that does not prove what it claims (证明不成立): a wrong size, a wrong number of
 * hashes, or hashes that do not lead to the stated root.
 */
public final class ProofException extends DomainException {
  private static final long serialVersionUID = 1L;

  ProofException(String message, Map<String, ?> figures) {
    super("transparency.proof", message, figures);
  }
}
