package org.sunshineledger.portal.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for page tests, with axe-core for WCAG 2.1 AA. Where no Chromium is
 * installed the page tests are skipped with a message — except under CI ({@code CI=true}), where
 * its absence fails them.
 */
public final class Browser implements AutoCloseable {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts Chromium, or skips the calling test where there is none outside CI.
   *
   * @return the browser
   */
  public static Browser start() {
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!installed && !"true".equals(System.getenv("CI"))) {
      Assumptions.abort(
          "Chromium page tests skipped: install Debian's chromium and chromium-driver");
    }
    if (!installed) {
      throw new IllegalStateException("CI=true but /usr/bin/chromium or chromedriver is missing");
    }
    if (Boolean.getBoolean("sunshine.skipBrowser") && !"true".equals(System.getenv("CI"))) {
      Assumptions.abort("Chromium page tests skipped by -Dsunshine.skipBrowser=true");
    }
    try {
      Path profile = Files.createTempDirectory("sunshine-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=390,844",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a page.
   *
   * @param address the page's address
   * @return this browser
   */
  public Browser open(URI address) {
    driver.get(address.toString());
    return this;
  }

  /**
   * The visible text of the page's body.
   *
   * @return the text
   */
  public String text() {
    waitForPage();
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * The page's {@code lang} attribute.
   *
   * @return the language tag
   */
  public String lang() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /**
   * Signs in through the sign-in page the browser is on.
   *
   * @param username the account
   * @param password the password
   * @return this browser
   */
  public Browser signIn(String username, String password) {
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form.login button")).click();
    waitForPage();
    return this;
  }

  /**
   * Types into the search box and submits the form.
   *
   * @param text the text
   * @return this browser
   */
  public Browser search(String text) {
    driver.findElement(By.id("q")).sendKeys(text);
    driver.findElement(By.cssSelector("form.search button")).click();
    waitForPage();
    return this;
  }

  /**
   * Follows the first link whose text contains the given text.
   *
   * @param text the link's text
   * @return this browser
   */
  public Browser click(String text) {
    driver.findElement(By.partialLinkText(text)).click();
    waitForPage();
    return this;
  }

  /**
   * Fills a field.
   *
   * @param id the field's id
   * @param text the text
   * @return this browser
   */
  public Browser fill(String id, String text) {
    var field = driver.findElement(By.id(id));
    if ("date".equals(field.getAttribute("type"))) {
      // a date field takes keys in the browser's locale's order; its value is ISO in any locale
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("arguments[0].value = arguments[1];", field, text);
      return this;
    }
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /**
   * Chooses a file for a file field.
   *
   * @param id the field's id
   * @param file the file
   * @return this browser
   */
  public Browser upload(String id, Path file) {
    driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /**
   * Waits until the page's text holds a text, as a page that follows a job does.
   *
   * @param text the text
   * @param seconds how long at most
   * @return this browser
   */
  public Browser waitForText(String text, int seconds) {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    while (!bodyContains(text) && System.nanoTime() < until) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    waitForPage();
    return this;
  }

  /** The body's text contains this, false while a refreshing page is between two loads. */
  private boolean bodyContains(String text) {
    try {
      return driver.findElement(By.tagName("body")).getText().contains(text);
    } catch (org.openqa.selenium.NoSuchElementException
        | org.openqa.selenium.StaleElementReferenceException e) {
      return false;
    }
  }

  /**
   * Chooses an option of a select by its visible text.
   *
   * @param id the select's id
   * @param text the option's text
   * @return this browser
   */
  public Browser choose(String id, String text) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id)))
        .selectByVisibleText(text);
    return this;
  }

  /**
   * The text of an element.
   *
   * @param css the element's selector
   * @return its text
   */
  public String textOf(String css) {
    waitForPage();
    return driver.findElement(By.cssSelector(css)).getText();
  }

  /**
   * Presses a button.
   *
   * @param css the button's selector
   * @return this browser
   */
  public Browser press(String css) {
    driver.findElement(By.cssSelector(css)).click();
    waitForPage();
    return this;
  }

  /**
   * The id of the first element whose id starts with a prefix.
   *
   * @param prefix the prefix
   * @return the id
   */
  public String firstIdStartingWith(String prefix) {
    return driver.findElement(By.cssSelector("[id^='" + prefix + "']")).getAttribute("id");
  }

  /**
   * The name of the first search result.
   *
   * @return the name
   */
  public String firstResult() {
    return driver.findElement(By.cssSelector("ol.results h2.hit a")).getText();
  }

  /**
   * Opens the first search result.
   *
   * @return this browser
   */
  public Browser clickFirstResult() {
    driver.findElement(By.cssSelector("ol.results h2.hit a")).click();
    waitForPage();
    return this;
  }

  /**
   * Goes back one page, as the browser's back button does.
   *
   * @return this browser
   */
  public Browser back() {
    driver.navigate().back();
    waitForPage();
    return this;
  }

  /**
   * The address of the page shown.
   *
   * @return the address
   */
  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /**
   * The page's source, for responses that are not pages.
   *
   * @return the source
   */
  public String source() {
    return driver.getPageSource();
  }

  /**
   * Follows the visible language switch.
   *
   * @return this browser
   */
  public Browser switchLanguage() {
    driver.findElement(By.cssSelector("a.switch")).click();
    waitForPage();
    return this;
  }

  /**
   * Runs axe-core on the page for WCAG 2.1 A and AA.
   *
   * @return one line per violation (rule, impact, how many elements), empty when there is none
   */
  public List<String> accessibilityViolations() {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    return results.getViolations().stream().map(Browser::describe).toList();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + ", "
        + rule.getNodes().size()
        + " elements): "
        + rule.getHelp();
  }

  /** Waits until a navigation started by a click has loaded its page. */
  /**
   * Waits until the page holds at least one element matching a selector (for pages that render with
   * script), then counts them.
   *
   * @param css the selector
   * @return how many match
   */
  public int count(String css) {
    waitForPage();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    return driver.findElements(By.cssSelector(css)).size();
  }

  /**
   * The texts of the elements matching a selector.
   *
   * @param css the selector
   * @return their texts, in document order
   */
  public List<String> texts(String css) {
    waitForPage();
    return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText()).toList();
  }

  private void waitForPage() {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                "complete"
                        .equals(
                            ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState"))
                    && !d.findElements(By.tagName("body")).isEmpty());
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
