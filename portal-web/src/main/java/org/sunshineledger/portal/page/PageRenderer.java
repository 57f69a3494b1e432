package org.sunshineledger.portal.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the pages: Thymeleaf templates under {@code templates/}, texts from the bundle {@code
 * i18n/messages} (Chinese in the base file, English in {@code _en}). Thymeleaf was chosen over
 * Jakarta Faces because the pages are plain server-rendered documents with links and forms, need no
 * component state or session, and must read well without JavaScript.
 */
@ApplicationScoped
public class PageRenderer {
  static final String BUNDLE = "i18n.messages";

  private final TemplateEngine engine = createEngine();

  private static TemplateEngine createEngine() {
    ClassLoaderTemplateResolver templates =
        new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
    templates.setPrefix("templates/");
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding("UTF-8");
    templates.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(templates);
    engine.setMessageResolver(new BundleMessages());
    return engine;
  }

  /**
   * Renders a page.
   *
   * @param template the template's name, without folder or suffix
   * @param page the language and address of the page
   * @param variables the template's variables
   * @return the HTML
   */
  public String render(String template, PageContext page, Map<String, Object> variables) {
    Context context = new Context(page.language().locale());
    context.setVariables(variables);
    context.setVariable("page", page);
    return engine.process(template, context);
  }

  /**
   * A message of the bundle, for texts built outside a template.
   *
   * @param language the language
   * @param key the key
   * @param arguments the message's arguments
   * @return the text
   */
  public static String message(Language language, String key, Object... arguments) {
    String pattern = bundle(language).getString(key);
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /**
   * A message of the bundle as written, for texts that fill in their own placeholders.
   *
   * @param language the language
   * @param key the key
   * @return the text, empty when the bundle has no such key
   */
  static java.util.Optional<String> pattern(Language language, String key) {
    ResourceBundle bundle = bundle(language);
    return bundle.containsKey(key)
        ? java.util.Optional.of(bundle.getString(key))
        : java.util.Optional.empty();
  }

  private static ResourceBundle bundle(Language language) {
    // no fallback to the JVM's default locale: the base bundle is Chinese
    return ResourceBundle.getBundle(
        BUNDLE,
        language.locale(),
        PageRenderer.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Thymeleaf's {@code #{...}} resolved from the portal's bundle. */
  private static final class BundleMessages implements IMessageResolver {
    @Override
    public String getName() {
      return "sunshine-bundle";
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(
        ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
      Language language =
          context.getLocale().getLanguage().equals("en") ? Language.EN : Language.ZH;
      try {
        return message(
            language, key, messageParameters == null ? new Object[0] : messageParameters);
      } catch (MissingResourceException missing) {
        return null;
      }
    }

    @Override
    public String createAbsentMessageRepresentation(
        ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
      return "??" + key + "??";
    }
  }
}
