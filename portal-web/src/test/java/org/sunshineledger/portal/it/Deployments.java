package org.sunshineledger.portal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds test deployments: the WAR that {@code mvn package} built, exactly as it
 * ships, so the tests exercise the real artifact rather than a hand-picked list of classes.
 */
public final class Deployments {
  private Deployments() {}

  /**
   * The portal as built.
   *
   * @return the WAR, ready for Arquillian to add the test class to
   */
  public static WebArchive portal() {
    File war = new File("target/portal-web.war");
    if (!war.isFile()) {
      throw new IllegalStateException(war.getAbsolutePath() + " is missing: run mvn package first");
    }
    return ShrinkWrap.create(ZipImporter.class, "portal-web.war")
        .importFrom(war)
        .as(WebArchive.class);
  }
}
