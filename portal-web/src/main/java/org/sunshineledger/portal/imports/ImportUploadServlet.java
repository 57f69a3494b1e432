package org.sunshineledger.portal.imports;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Authenticator;
import org.sunshineledger.portal.account.SignedInSession;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.page.Pages;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.portal.sheet.SheetFile;
import org.sunshineledger.portal.sheet.SheetJobs;
import org.sunshineledger.portal.sheet.SheetParameter;

/**
 * Receives an import page's file (a multipart form, which needs no script), checks or starts the
 * import, and sends the browser on to the page of its report or progress.
 */
@WebServlet("/imports/upload")
@MultipartConfig(
    maxFileSize = SheetFile.MAX_BYTES,
    maxRequestSize = SheetFile.MAX_BYTES + 1024 * 1024,
    fileSizeThreshold = 1024 * 1024)
public class ImportUploadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient SheetJobs jobs;
  @Inject transient Authenticator authenticator;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String root = request.getContextPath();
    Optional<Actor> actor = authenticator.signedIn(request);
    if (actor.isEmpty()) {
      response.sendRedirect(root + "/login?next=/imports");
      return;
    }
    Part file;
    try {
      file = request.getPart("file");
    } catch (IllegalStateException tooLarge) {
      // over the size limit: the container refuses before the parts are read
      response.sendRedirect(root + "/imports/" + kind(request) + "?tooLarge=1");
      return;
    }
    if (!SignedInSession.tokenMatches(request, request.getParameter("csrf"))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String kind = kind(request);
    if (file == null || file.getSize() == 0) {
      response.sendRedirect(root + "/imports/" + kind + "?missing=1");
      return;
    }
    String name = Optional.ofNullable(file.getSubmittedFileName()).orElse("upload");
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readAllBytes();
    }
    Language language =
        Language.choose(
            request.getParameter(Pages.LANG),
            cookie(request, Pages.LANG),
            Collections.list(request.getLocales()));
    try {
      Map<String, String> values = new HashMap<>();
      for (SheetParameter parameter : jobs.kindFor(actor.get(), kind).parameters(actor.get())) {
        Optional.ofNullable(request.getParameter(parameter.name()))
            .ifPresent(v -> values.put(parameter.name(), v));
      }
      SheetJobs.Job job =
          "on".equals(request.getParameter("dryRun"))
              ? jobs.dryRun(actor.get(), kind, values, bytes, language)
              : jobs.start(actor.get(), kind, values, name, bytes, language);
      boolean parametersWrong =
          job.report() != null && job.report().errors().stream().anyMatch(e -> e.row() == 0);
      // an error in the file's figures is shown beside its field, with what was typed kept
      response.sendRedirect(
          root
              + (parametersWrong
                  ? "/imports/" + kind + "?job=" + job.id()
                  : "/imports/jobs/" + job.id()));
    } catch (AccessDeniedException denied) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (UnknownResourceException unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static String kind(HttpServletRequest request) {
    String kind = request.getParameter("kind");
    return kind == null || !kind.matches("[a-z-]{1,40}") ? "" : kind;
  }

  private static String cookie(HttpServletRequest request, String name) {
    return request.getCookies() == null
        ? null
        : Arrays.stream(request.getCookies())
            .filter(c -> c.getName().equals(name))
            .map(Cookie::getValue)
            .findFirst()
            .orElse(null);
  }
}
