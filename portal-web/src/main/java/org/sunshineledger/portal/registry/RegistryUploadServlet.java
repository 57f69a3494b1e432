package org.sunshineledger.portal.registry;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Authenticator;
import org.sunshineledger.portal.account.SignedInSession;
import org.sunshineledger.portal.shared.AccessDeniedException;

/**
 * Receives the import page's file upload (a multipart form, which needs no script), checks or
 * starts the import, and sends the browser on to the page of its report or progress.
 */
@WebServlet("/registry/upload")
@MultipartConfig(
    maxFileSize = 64L * 1024 * 1024,
    maxRequestSize = 65L * 1024 * 1024,
    fileSizeThreshold = 1024 * 1024)
public class RegistryUploadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient RegistryImports imports;
  @Inject transient Authenticator authenticator;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Optional<Actor> actor = authenticator.signedIn(request);
    if (actor.isEmpty()) {
      response.sendRedirect(request.getContextPath() + "/login?next=/registry/import");
      return;
    }
    if (!SignedInSession.tokenMatches(request, request.getParameter("csrf"))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Part file = request.getPart("file");
    if (file == null || file.getSize() == 0) {
      response.sendRedirect(request.getContextPath() + "/registry/import?missing=1");
      return;
    }
    String name = Optional.ofNullable(file.getSubmittedFileName()).orElse("upload");
    RegistryImport.Format format =
        name.toLowerCase(Locale.ROOT).endsWith(".csv")
            ? RegistryImport.Format.CSV
            : RegistryImport.Format.XLSX;
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readAllBytes();
    }
    try {
      RegistryImports.Job job =
          "on".equals(request.getParameter("dryRun"))
              ? imports.dryRunJob(actor.get(), bytes, format)
              : imports.start(actor.get(), name, bytes, format);
      response.sendRedirect(request.getContextPath() + "/registry/imports/" + job.id());
    } catch (AccessDeniedException denied) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
