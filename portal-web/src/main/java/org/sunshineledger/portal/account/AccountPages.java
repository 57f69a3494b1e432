package org.sunshineledger.portal.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.charity.DonorKind;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.FormErrors;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.page.Pages;
import org.sunshineledger.portal.shared.AlreadyExistsException;
import org.sunshineledger.portal.shared.TooManyRequestsException;

/**
 * The account pages: a donor signs up at {@code /register}; anyone signed in keeps their own
 * account at {@code /account} (password, and for donors the public name and closing); officials
 * list, appoint, edit, reset and disable the accounts of their scope at {@code /accounts}; the
 * district admin and auditors read the account log at {@code /accounts/log}. Every form works
 * without script; a refused form comes back with the error beside its field.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class AccountPages {
  @Inject PageRenderer renderer;
  @Inject AccountService accounts;
  @Inject DistrictPlaces places;

  @Context HttpServletRequest request;
  @Context SecurityContext security;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  // ---------------------------------------------------------------- sign-up

  /**
   * The sign-up form.
   *
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page
   */
  @GET
  @Path("register")
  @Operation(hidden = true)
  public Response registerForm(
      @QueryParam("lang") String lang, @CookieParam("lang") String cookie) {
    PageContext page = context("/register", lang, cookie);
    // no language cookie here: the container's session cookie, made for the form's token, would be
    // replaced by it (JAX-RS writes its Set-Cookie over the container's)
    return render("account/register", page, registerModel(Map.of()), FormErrors.none(), 200, null);
  }

  /**
   * A donor signs up, and is signed in.
   *
   * @param form the form
   * @param cookie the language chosen before
   * @return to the donor's page, or the form again with the errors
   */
  @POST
  @Path("register")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response register(
      MultivaluedMap<String, String> form, @CookieParam("lang") String cookie) {
    // the form carries its language: this page sets no language cookie (see the form above)
    PageContext page = context("/register", form.getFirst("lang"), cookie);
    Map<String, Object> model = registerModel(values(form, "username", "displayName", "donorKind"));
    if (!SignedInSession.tokenMatches(request, form.getFirst("csrf"))) {
      // sent from elsewhere, or the session ran out while the form was open: show it again
      return render(
          "account/register",
          page,
          model,
          FormErrors.none()
              .add(FormErrors.FORM, PageRenderer.message(page.language(), "account.formExpired")),
          400,
          null);
    }
    try {
      String username = field(form, "username", 64);
      String password = field(form, "password", PasswordRules.MAX_LENGTH);
      requireRepeated(form, "password", "password2");
      DonorKind kind =
          Params.optionalEnum("donorKind", form.getFirst("donorKind"), DonorKind.class);
      if (kind == null) {
        throw new InvalidRequestException("donorKind", "choose a kind", "account.donorKind");
      }
      accounts.signUp(
          new AccountRequests.SignUpRequest(
              username,
              password,
              field(form, "displayName", 100),
              "on".equals(form.getFirst("anonymous")),
              kind),
          request.getRemoteAddr());
      SignedInSession.begin(request, username.strip(), 0);
      // the donor's page keeps the language, and sets its cookie now the session has its own
      return redirect("/board/mine?lang=" + page.language().code());
    } catch (InvalidRequestException refused) {
      return render(
          "account/register", page, model, FormErrors.of(refused, page.language()), 400, null);
    } catch (AlreadyExistsException taken) {
      return render(
          "account/register",
          page,
          model,
          FormErrors.none().add("username", PageRenderer.message(page.language(), "account.taken")),
          409,
          null);
    } catch (TooManyRequestsException busy) {
      return Response.fromResponse(
              render(
                  "account/register",
                  page,
                  model,
                  FormErrors.none()
                      .add(FormErrors.FORM, PageRenderer.message(page.language(), "account.busy")),
                  429,
                  null))
          .header("Retry-After", busy.retryAfterSeconds())
          .build();
    }
  }

  private Map<String, Object> registerModel(Map<String, String> values) {
    Map<String, Object> model = new HashMap<>();
    model.put("kinds", DonorKind.values());
    model.put("values", values);
    model.put("minLength", PasswordRules.MIN_LENGTH);
    model.put("csrf", SignedInSession.formToken(request));
    return model;
  }

  // ---------------------------------------------------------------- one's own account

  /**
   * One's own account.
   *
   * @param done what was just done, to say so
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page, or the sign-in page
   */
  @GET
  @Path("account")
  @Operation(hidden = true)
  public Response own(
      @QueryParam("done") String done,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    Actor actor = actor();
    if (actor == null) {
      return toSignIn("/account");
    }
    PageContext page = context("/account", lang, cookie);
    return ownPage(page, actor, FormErrors.none(), 200, lang, done);
  }

  /**
   * One's own new password; the session goes on under the new one.
   *
   * @param form current, new and repeated password, and the token
   * @param cookie the language chosen before
   * @return the account page
   */
  @POST
  @Path("account/password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response changePassword(
      MultivaluedMap<String, String> form, @CookieParam("lang") String cookie) {
    Actor actor = requireForm(form);
    return ownForm(
        actor,
        cookie,
        () -> {
          String current = field(form, "currentPassword", PasswordRules.MAX_LENGTH);
          String fresh = field(form, "newPassword", PasswordRules.MAX_LENGTH);
          requireRepeated(form, "newPassword", "newPassword2");
          long version =
              accounts.changePassword(
                  actor,
                  new AccountRequests.PasswordRequest(current, fresh),
                  request.getRemoteAddr());
          SignedInSession.begin(request, actor.username(), version);
          return "password";
        });
  }

  /**
   * A donor's new public name, anonymity or kind.
   *
   * @param form the profile and the token
   * @param cookie the language chosen before
   * @return the account page
   */
  @POST
  @Path("account/profile")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response changeProfile(
      MultivaluedMap<String, String> form, @CookieParam("lang") String cookie) {
    Actor actor = requireForm(form);
    return ownForm(
        actor,
        cookie,
        () -> {
          DonorKind kind =
              Params.optionalEnum("donorKind", form.getFirst("donorKind"), DonorKind.class);
          accounts.changeProfile(
              actor,
              new AccountRequests.ProfileRequest(
                  field(form, "displayName", 100),
                  "on".equals(form.getFirst("anonymous")),
                  kind == null ? DonorKind.INDIVIDUAL : kind),
              request.getRemoteAddr());
          return "profile";
        });
  }

  /**
   * A donor closes their account and is signed out.
   *
   * @param form the password and the token
   * @param cookie the language chosen before
   * @return the landing page
   */
  @POST
  @Path("account/close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response close(MultivaluedMap<String, String> form, @CookieParam("lang") String cookie) {
    Actor actor = requireForm(form);
    try {
      accounts.close(
          actor,
          new AccountRequests.ClosingRequest(
              field(form, "closePassword", PasswordRules.MAX_LENGTH)),
          request.getRemoteAddr());
    } catch (InvalidRequestException refused) {
      PageContext page = context("/account", null, cookie);
      InvalidRequestException onField =
          new InvalidRequestException(
              "closePassword", refused.getMessage(), refused.messageKey(), refused.arguments());
      return ownPage(page, actor, FormErrors.of(onField, page.language()), 400, null, null);
    } catch (TooManyRequestsException busy) {
      return tooManyChecks(context("/account", null, cookie), actor, busy);
    }
    SignedInSession.end(request, form.getFirst("csrf"));
    return redirect("/");
  }

  private Response ownForm(Actor actor, String cookie, Supplier<String> change) {
    PageContext page = context("/account", null, cookie);
    try {
      return redirect("/account?done=" + change.get());
    } catch (InvalidRequestException refused) {
      return ownPage(page, actor, FormErrors.of(refused, page.language()), 400, null, null);
    } catch (TooManyRequestsException busy) {
      return tooManyChecks(page, actor, busy);
    }
  }

  /** Too many wrong current passwords: the page says so rather than answering an API problem. */
  private Response tooManyChecks(PageContext page, Actor actor, TooManyRequestsException busy) {
    FormErrors errors =
        FormErrors.none()
            .add(FormErrors.FORM, PageRenderer.message(page.language(), "account.tooManyChecks"));
    return Response.fromResponse(ownPage(page, actor, errors, 429, null, null))
        .header("Retry-After", busy.retryAfterSeconds())
        .build();
  }

  private Response ownPage(
      PageContext page, Actor actor, FormErrors errors, int status, String lang, String done) {
    Map<String, Object> model = new HashMap<>();
    model.put("account", accounts.own(actor));
    model.put("kinds", DonorKind.values());
    model.put("minLength", PasswordRules.MIN_LENGTH);
    model.put("done", done == null || !done.matches("password|profile") ? null : done);
    model.put("overseer", actor.role() == Role.DISTRICT_ADMIN || actor.role() == Role.AUDITOR);
    model.put(
        "appointer", actor.role() == Role.DISTRICT_ADMIN || actor.role() == Role.TOWNSHIP_OFFICER);
    return render("account/account", page, model, errors, status, lang);
  }

  // ---------------------------------------------------------------- the accounts of a scope

  /**
   * The accounts of the caller's scope, with the appointment form.
   *
   * @param pageNumber the page
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page, or the sign-in page
   */
  @GET
  @Path("accounts")
  @Operation(hidden = true)
  public Response list(
      @QueryParam("page") String pageNumber,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    Actor actor = actor();
    if (actor == null) {
      return toSignIn("/accounts");
    }
    PageContext page = context("/accounts", lang, cookie);
    return listPage(page, actor, pageNumber, Map.of(), FormErrors.none(), null, 200, lang);
  }

  /**
   * Appoints an official; the page shows the one-time password this once.
   *
   * @param form the appointment and the token
   * @param cookie the language chosen before
   * @return the list with the new password, or with the errors
   */
  @POST
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response appoint(MultivaluedMap<String, String> form, @CookieParam("lang") String cookie) {
    Actor actor = requireForm(form);
    PageContext page = context("/accounts", null, cookie);
    Map<String, String> values =
        values(form, "username", "role", "township", "village", "name", "office", "phone");
    try {
      AccountRequests.OfficialRequest official = official(form);
      AccountViews.OneTimePassword password =
          accounts.appoint(
              actor,
              new AccountRequests.AppointmentRequest(
                  field(form, "username", 64),
                  official.role(),
                  official.township(),
                  official.village(),
                  official.name(),
                  official.office(),
                  official.phone()),
              request.getRemoteAddr());
      return listPage(page, actor, null, Map.of(), FormErrors.none(), password, 200, null);
    } catch (InvalidRequestException refused) {
      return listPage(
          page, actor, null, values, FormErrors.of(refused, page.language()), null, 400, null);
    } catch (AlreadyExistsException taken) {
      return listPage(
          page,
          actor,
          null,
          values,
          FormErrors.none().add("username", PageRenderer.message(page.language(), "account.taken")),
          null,
          409,
          null);
    }
  }

  private Response listPage(
      PageContext page,
      Actor actor,
      String pageNumber,
      Map<String, String> values,
      FormErrors errors,
      AccountViews.OneTimePassword password,
      int status,
      String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("accounts", accounts.accounts(actor, Params.pageRequest(pageNumber, "100")));
    model.put("values", values);
    model.put("oneTime", password);
    choices(model, actor);
    return render("account/accounts", page, model, errors, status, lang);
  }

  /**
   * An account of the caller's scope, with the forms to edit, reset and disable it.
   *
   * @param username the account
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page, or the sign-in page
   */
  @GET
  @Path("accounts/{username}")
  @Operation(hidden = true)
  public Response official(
      @PathParam("username") String username,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    Actor actor = actor();
    if (actor == null) {
      return toSignIn("/accounts/" + username);
    }
    PageContext page = context("/accounts/" + username, lang, cookie);
    return officialPage(page, actor, username, FormErrors.none(), null, 200, lang);
  }

  /**
   * A superior's step on an account: edit, reset, disable or enable.
   *
   * @param username the account
   * @param step the step
   * @param form the form and the token
   * @param cookie the language chosen before
   * @return the account's page, with a new one-time password after a reset
   */
  @POST
  @Path("accounts/{username}/{step: edit|reset|disable|enable}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response step(
      @PathParam("username") String username,
      @PathParam("step") String step,
      MultivaluedMap<String, String> form,
      @CookieParam("lang") String cookie) {
    Actor actor = requireForm(form);
    PageContext page = context("/accounts/" + username, null, cookie);
    String address = request.getRemoteAddr();
    try {
      switch (step) {
        case "edit" -> accounts.edit(actor, username, official(form), address);
        case "reset" -> {
          return officialPage(
              page,
              actor,
              username,
              FormErrors.none(),
              accounts.resetPassword(actor, username, address),
              200,
              null);
        }
        case "disable" -> accounts.disable(actor, username, optional(form, "reason", 200), address);
        default -> accounts.enable(actor, username, address);
      }
    } catch (InvalidRequestException refused) {
      return officialPage(
          page, actor, username, FormErrors.of(refused, page.language()), null, 400, null);
    }
    return redirect("/accounts/" + username);
  }

  private Response officialPage(
      PageContext page,
      Actor actor,
      String username,
      FormErrors errors,
      AccountViews.OneTimePassword password,
      int status,
      String lang) {
    AccountViews.AccountView account = accounts.account(actor, username);
    Map<String, Object> model = new HashMap<>();
    model.put("account", account);
    model.put("oneTime", password);
    Map<String, String> values = new HashMap<>();
    values.put("role", account.role().name());
    values.put("township", account.township() == null ? "" : account.township().toString());
    values.put("village", account.village() == null ? "" : account.village().toString());
    values.put("name", account.personName());
    values.put("office", account.office());
    values.put("phone", account.phone());
    model.put("values", values);
    boolean manages = !actor.username().equals(username) && actor.mayAppoint(actorOf(account));
    model.put("manages", manages);
    model.put(
        "switches",
        manages || (actor.role() == Role.DISTRICT_ADMIN && account.role() == Role.DONOR));
    choices(model, actor);
    return render("account/official", page, model, errors, status, lang);
  }

  // ---------------------------------------------------------------- the log

  /**
   * The account log, newest first.
   *
   * @param pageNumber the page
   * @param account only the lines about this account
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page, or the sign-in page
   */
  @GET
  @Path("accounts/log")
  @Operation(hidden = true)
  public Response log(
      @QueryParam("page") String pageNumber,
      @QueryParam("account") String account,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    Actor actor = actor();
    if (actor == null) {
      return toSignIn("/accounts/log");
    }
    PageContext page = context("/accounts/log", lang, cookie);
    Map<String, Object> model = new HashMap<>();
    String subject = account == null || account.isBlank() ? null : account;
    model.put("log", accounts.log(actor, subject, Params.pageRequest(pageNumber, "100")));
    model.put("subject", subject == null ? "" : subject);
    return render("account/log", page, model, FormErrors.none(), 200, lang);
  }

  // ---------------------------------------------------------------- helpers

  /** What an official's form offers the caller: the roles and places within their reach. */
  private void choices(Map<String, Object> model, Actor actor) {
    model.put("roles", appointable(actor));
    model.put("townships", townshipsOf(actor));
    model.put("villages", villagesOf(actor));
    model.put("overseer", actor.role() == Role.DISTRICT_ADMIN || actor.role() == Role.AUDITOR);
  }

  private static Actor actorOf(AccountViews.AccountView account) {
    return new Actor(
        account.username(),
        account.role(),
        java.util.Optional.ofNullable(account.township())
            .map(org.sunshineledger.region.TownshipId::new),
        java.util.Optional.ofNullable(account.village())
            .map(org.sunshineledger.region.VillageId::new));
  }

  /** The roles a caller may give: the district admin any official's, a township officer 村级. */
  private static java.util.List<Role> appointable(Actor actor) {
    return switch (actor.role()) {
      case DISTRICT_ADMIN ->
          java.util.List.of(
              Role.TOWNSHIP_OFFICER, Role.VILLAGE_OFFICER, Role.AUDITOR, Role.DISTRICT_ADMIN);
      case TOWNSHIP_OFFICER -> java.util.List.of(Role.VILLAGE_OFFICER);
      default -> java.util.List.of();
    };
  }

  private java.util.List<org.sunshineledger.region.Township> townshipsOf(Actor actor) {
    var district = places.district();
    return actor.role() == Role.DISTRICT_ADMIN
        ? district.townships()
        : actor.township().flatMap(district::township).stream().toList();
  }

  private java.util.List<org.sunshineledger.region.Village> villagesOf(Actor actor) {
    var district = places.district();
    return actor.role() == Role.DISTRICT_ADMIN
        ? district.villages()
        : actor.township().map(district::villagesOf).orElse(java.util.List.of());
  }

  private static AccountRequests.OfficialRequest official(MultivaluedMap<String, String> form) {
    Role role = Params.optionalEnum("role", form.getFirst("role"), Role.class);
    if (role == null) {
      throw new InvalidRequestException("role", "choose a role", "account.roleMissing");
    }
    String village = form.getFirst("village");
    String township = form.getFirst("township");
    Long villageId =
        role == Role.VILLAGE_OFFICER && village != null && !village.isBlank()
            ? Params.optionalLong("village", village, 1, Long.MAX_VALUE)
            : null;
    Long townshipId =
        role == Role.TOWNSHIP_OFFICER && township != null && !township.isBlank()
            ? Params.optionalLong("township", township, 1, Long.MAX_VALUE)
            : null;
    return new AccountRequests.OfficialRequest(
        role,
        townshipId,
        villageId,
        field(form, "name", 50),
        field(form, "office", 100),
        field(form, "phone", 30));
  }

  private static String field(MultivaluedMap<String, String> form, String name, int maxLength) {
    String value = form.getFirst(name);
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(name, "this field is required", "account.required");
    }
    if (value.length() > maxLength) {
      throw new InvalidRequestException(
          name, "at most " + maxLength + " characters", "account.text", maxLength);
    }
    return value;
  }

  private static String optional(MultivaluedMap<String, String> form, String name, int maxLength) {
    String value = form.getFirst(name);
    return value == null || value.isBlank()
        ? null
        : value.length() <= maxLength ? value : value.substring(0, maxLength);
  }

  private static void requireRepeated(
      MultivaluedMap<String, String> form, String field, String repeated) {
    if (!form.getFirst(field).equals(form.getFirst(repeated))) {
      throw new InvalidRequestException(
          repeated, "the two passwords differ", "account.passwordsDiffer");
    }
  }

  private static Map<String, String> values(MultivaluedMap<String, String> form, String... names) {
    Map<String, String> values = new HashMap<>();
    for (String name : names) {
      String value = form.getFirst(name);
      if (value != null) {
        values.put(name, value);
      }
    }
    return values;
  }

  private Actor actor() {
    return Callers.signedIn(security).orElse(null);
  }

  private Actor requireForm(MultivaluedMap<String, String> form) {
    return SignedInSession.formActor(security, request, form.getFirst("csrf"));
  }

  private PageContext context(String path, String lang, String cookie) {
    return SignedInSession.signedIn(
        Pages.context(lang, cookie, headers, uri, path), security, request);
  }

  private Response render(
      String template,
      PageContext page,
      Map<String, Object> model,
      FormErrors errors,
      int status,
      String lang) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("errors", errors.asMap());
    // one-time passwords and officials' telephones are not kept in the browser's cache
    return Pages.withLanguageCookie(
        Response.status(status)
            .entity(renderer.render(template, page, all))
            .header("Cache-Control", "no-store"),
        lang,
        page);
  }

  private Response toSignIn(String next) {
    return SignedInSession.signInFirst(uri, next);
  }

  private Response redirect(String path) {
    return Response.seeOther(URI.create(uri.getBaseUri().getRawPath().replaceAll("/$", "") + path))
        .build();
  }
}
