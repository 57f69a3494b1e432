package org.sunshineledger.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.page.FormErrors;
import org.sunshineledger.portal.page.FormInput;
import org.sunshineledger.portal.page.LocalizedPages;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;

/**
 * What the officials' forms of every room share: the signed-in actor (or the way to the sign-in
 * page), the session's anti-forgery token checked on every form sent, the form read field by field,
 * the form shown again with what was typed and each error beside its field, and post-redirect-get
 * once a write is done. The pages carry no script and cache nothing.
 */
public abstract class SignedInForms extends LocalizedPages {
  /** The request, for its session. */
  @Context protected HttpServletRequest request;

  /** The request's security context. */
  @Context protected SecurityContext security;

  /**
   * Who is signed in.
   *
   * @return the actor, empty for a visitor
   */
  protected Optional<Actor> viewer() {
    return Callers.signedIn(security);
  }

  /**
   * The actor of a form sent: signed in, and the form carries the session's token.
   *
   * @param form the form as sent
   * @return the actor
   */
  protected Actor formActor(MultivaluedMap<String, String> form) {
    return SignedInSession.formActor(
        security, request, form == null ? null : form.getFirst("csrf"));
  }

  /**
   * The context of a form's page, with the signed-in account and its token.
   *
   * @param path the page's path
   * @return the context
   */
  protected PageContext formPage(String path) {
    return SignedInSession.signedIn(page(path), security, request);
  }

  /**
   * Reads a form sent to a page.
   *
   * @param form the fields
   * @param page the page's context, for the language of the errors
   * @return the form
   */
  protected static FormInput input(MultivaluedMap<String, String> form, PageContext page) {
    return new FormInput(form, page.language());
  }

  /**
   * Sends a visitor to the sign-in page first.
   *
   * @param next the form to come back to
   * @return the redirect
   */
  protected Response signInFirst(String next) {
    return SignedInSession.signInFirst(uri, next);
  }

  /**
   * The page to show once a write is done (post-redirect-get).
   *
   * @param path the page, below the portal's root, with its query
   * @return the redirect
   */
  protected Response seeOther(String path) {
    return Response.seeOther(URI.create(uri.getBaseUri().getRawPath().replaceAll("/$", "") + path))
        .build();
  }

  /**
   * Renders a form: what was typed under {@code values}, the errors under {@code errors}.
   *
   * @param template the template
   * @param page the page's context
   * @param input the form as sent, null for an empty form
   * @param values what the fields show when the form is new
   * @param model the page's other variables
   * @param status the HTTP status: 200, 400 for a form that did not read, 409 or 422 for a refusal
   * @return the response, not cached
   */
  protected Response form(
      String template,
      PageContext page,
      FormInput input,
      Map<String, String> values,
      Map<String, Object> model,
      int status) {
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("values", input == null ? values : input.values());
    Map<String, String> errors = new HashMap<>(input == null ? Map.of() : input.errors().asMap());
    if (!errors.isEmpty() && !errors.containsKey(FormErrors.FORM)) {
      // the summary at the top, for a reader who does not see the field in error
      errors.put(FormErrors.FORM, PageRenderer.message(page.language(), "form.errorsAbove"));
    }
    variables.put("errors", errors);
    return Response.fromResponse(render(template, page, variables, status))
        .header("Cache-Control", "no-store")
        .build();
  }
}
