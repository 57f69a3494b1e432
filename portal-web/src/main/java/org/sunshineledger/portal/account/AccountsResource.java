package org.sunshineledger.portal.account;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.Params;

/**
 * Accounts over the API: donors sign up and keep their own; officials are appointed, edited, reset
 * and disabled down the hierarchy; the district admin and auditors read the account log.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {
  @Inject AccountService accounts;

  @Context HttpServletRequest request;

  /**
   * A donor signs up.
   *
   * @param body the sign-up
   * @param uri the request's address
   * @return the new account
   */
  @POST
  @Path("donors")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "捐赠人注册 — a donor signs up", description = "以手机号或电子邮箱注册；无短信验证，按来源地址限制注册次数。")
  @Accepts(AccountRequests.SignUpRequest.class)
  @Answers(
      value = AccountViews.AccountView.class,
      status = 201,
      description = "新账号 — the new account; sign in with it")
  public Response signUp(JsonValue body, @Context UriInfo uri) {
    String username =
        accounts.signUp(AccountRequests.SignUpRequest.read(body), request.getRemoteAddr());
    return Response.created(uri.getBaseUriBuilder().path("api/v1/account").build())
        .entity(accounts.own(Actor.unscoped(username, org.sunshineledger.access.Role.DONOR)))
        .build();
  }

  /**
   * The caller's own account.
   *
   * @param security the caller
   * @return the account
   */
  @GET
  @Path("account")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "我的账号 — the caller's own account")
  @Answers(value = AccountViews.AccountView.class, description = "我的账号 — the account")
  public AccountViews.AccountView own(@Context SecurityContext security) {
    return accounts.own(Callers.actor(security));
  }

  /**
   * The caller chooses a new password.
   *
   * @param body the current and the new password
   * @param security the caller
   * @return the account
   */
  @POST
  @Path("account/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "修改密码 — choose a new password",
      description = "一次性初始密码须先经此修改，其他操作才可进行。其他会话随即失效。")
  @Accepts(AccountRequests.PasswordRequest.class)
  @Answers(value = AccountViews.AccountView.class, description = "我的账号 — the account")
  public AccountViews.AccountView changePassword(
      JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    accounts.changePassword(
        actor, AccountRequests.PasswordRequest.read(body), request.getRemoteAddr());
    return accounts.own(actor);
  }

  /**
   * A donor changes what the public sees of them.
   *
   * @param body the profile
   * @param security the donor
   * @return the account
   */
  @PUT
  @Path("account/profile")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "修改捐赠人信息 — a donor changes their public name, anonymity or kind")
  @Accepts(AccountRequests.ProfileRequest.class)
  @Answers(value = AccountViews.AccountView.class, description = "我的账号 — the account")
  public AccountViews.AccountView changeProfile(JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    accounts.changeProfile(
        actor, AccountRequests.ProfileRequest.read(body), request.getRemoteAddr());
    return accounts.own(actor);
  }

  /**
   * A donor closes their account.
   *
   * @param body the password, to confirm
   * @param security the donor
   * @return no content
   */
  @POST
  @Path("account/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "注销账号 — a donor closes their account",
      description = "登录名被抹去；已有的认捐和去向保留，以“爱心人士”显示。")
  @Accepts(AccountRequests.ClosingRequest.class)
  @Answers(value = Void.class, status = 204, description = "已注销 — closed")
  public Response close(JsonValue body, @Context SecurityContext security) {
    accounts.close(
        Callers.actor(security),
        AccountRequests.ClosingRequest.read(body),
        request.getRemoteAddr());
    return Response.noContent().build();
  }

  /**
   * The accounts of the caller's scope.
   *
   * @param page the page
   * @param size the page size
   * @param security the caller
   * @return the page
   */
  @GET
  @Path("accounts")
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "账号列表 — the accounts of the caller's scope",
      description = "区管理员与审计看全部；镇街经办人看本镇的村级经办人。")
  @Answers(
      value = AccountViews.AccountView.class,
      shape = Answers.Shape.PAGE,
      description = "账号一页 — a page of accounts")
  public Response list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context SecurityContext security) {
    return Response.ok(accounts.accounts(Callers.actor(security), Params.pageRequest(page, size)))
        .build();
  }

  /**
   * Appoints an official.
   *
   * @param body who, with role and place
   * @param security the superior
   * @return the one-time password, shown once
   */
  @POST
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "任命经办人 — appoint an official",
      description = "区管理员任命镇街经办人、审计、村级经办人；镇街经办人任命本镇的村级经办人。初始密码只显示这一次，首次登录须修改。")
  @Accepts(AccountRequests.AppointmentRequest.class)
  @Answers(
      value = AccountViews.OneTimePassword.class,
      status = 201,
      description = "一次性初始密码 — the one-time password, shown once")
  public Response appoint(JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    AccountViews.OneTimePassword password =
        accounts.appoint(
            Callers.actor(security),
            AccountRequests.AppointmentRequest.read(body),
            request.getRemoteAddr());
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/accounts").path(password.username()).build())
        .entity(password)
        .build();
  }

  /**
   * An account of the caller's scope.
   *
   * @param username the account
   * @param security the caller
   * @return it
   */
  @GET
  @Path("accounts/{username}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "账号 — an account of the caller's scope")
  @Answers(value = AccountViews.AccountView.class, description = "账号 — the account")
  public AccountViews.AccountView account(
      @PathParam("username") String username, @Context SecurityContext security) {
    return accounts.account(Callers.actor(security), username);
  }

  /**
   * A superior edits an official's details, role and place.
   *
   * @param username the official
   * @param body the whole of the details
   * @param security the superior
   * @return the account
   */
  @PUT
  @Path("accounts/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "修改经办人 — edit an official's details, role or place")
  @Accepts(AccountRequests.OfficialRequest.class)
  @Answers(value = AccountViews.AccountView.class, description = "账号 — the account")
  public AccountViews.AccountView edit(
      @PathParam("username") String username, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    accounts.edit(
        actor, username, AccountRequests.OfficialRequest.read(body), request.getRemoteAddr());
    return accounts.account(actor, username);
  }

  /**
   * A superior sets a new one-time password.
   *
   * @param username the account
   * @param security the superior
   * @return the one-time password, shown once
   */
  @POST
  @Path("accounts/{username}/password-reset")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "重置密码 — set a new one-time password", description = "原密码与所有会话随即失效。")
  @Answers(
      value = AccountViews.OneTimePassword.class,
      description = "一次性初始密码 — the one-time password, shown once")
  public AccountViews.OneTimePassword resetPassword(
      @PathParam("username") String username, @Context SecurityContext security) {
    return accounts.resetPassword(Callers.actor(security), username, request.getRemoteAddr());
  }

  /**
   * A superior disables an account.
   *
   * @param username the account
   * @param body an optional reason
   * @param security the superior
   * @return the account
   */
  @POST
  @Path("accounts/{username}/disable")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "停用账号 — disable an account", description = "该账号的会话和记住的密码在下一次请求时即失效。")
  @Accepts(AccountRequests.DisablingRequest.class)
  @Answers(value = AccountViews.AccountView.class, description = "账号 — the account")
  public AccountViews.AccountView disable(
      @PathParam("username") String username, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    accounts.disable(
        actor,
        username,
        AccountRequests.DisablingRequest.read(body).reason(),
        request.getRemoteAddr());
    return accounts.account(actor, username);
  }

  /**
   * A superior enables a disabled account again.
   *
   * @param username the account
   * @param security the superior
   * @return the account
   */
  @POST
  @Path("accounts/{username}/enable")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "恢复账号 — enable a disabled account")
  @Answers(value = AccountViews.AccountView.class, description = "账号 — the account")
  public AccountViews.AccountView enable(
      @PathParam("username") String username, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    accounts.enable(actor, username, request.getRemoteAddr());
    return accounts.account(actor, username);
  }

  /**
   * The account log.
   *
   * @param account only the lines about this account
   * @param page the page
   * @param size the page size
   * @param format csv or xlsx to download the whole log
   * @param headers the request's headers
   * @param security the caller
   * @return the page, newest first
   */
  @GET
  @Path("account-log")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "账号日志 — who did what to which account, when, from where",
      description = "只增不改；区管理员与审计可读。")
  @Answers(
      value = AccountViews.LogEntry.class,
      shape = Answers.Shape.PAGE,
      description = "账号日志一页（或CSV、XLSX） — a page of the log (or CSV, XLSX)")
  public Response log(
      @QueryParam("account") String account,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format,
      @Context HttpHeaders headers,
      @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    var request = Params.pageRequest(page, size);
    return Exports.respond(
        format,
        headers,
        () -> accounts.log(actor, account, request),
        () -> accounts.logTable(actor));
  }
}
