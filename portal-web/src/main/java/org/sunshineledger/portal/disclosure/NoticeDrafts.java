package org.sunshineledger.portal.disclosure;

import java.util.Optional;
import org.sunshineledger.disclosure.NoticeContent;

/**
 * What a notice says, drafted from what it discloses: each context that records publishable events
 * implements it as a CDI bean for its own subjects (an allocation's shares, a project's plan, a
 * distribution's payouts), so that an official drafts a notice from its obligation with its records
 * filled in and masked, and the disclosure room never reads another room's records.
 */
public interface NoticeDrafts {
  /**
   * The content of the notice of a subject.
   *
   * @param subject the obligation's subject, such as {@code allocation:12}
   * @return the content, empty when the subject is not this context's
   */
  Optional<NoticeContent> contentFor(String subject);
}
