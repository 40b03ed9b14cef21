package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.domain.MessageKind;
import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a message from its French Qute template {@code mail/<kind>.html}: the {@code subject}, the
 * in-app {@code notice} and the e-mail {@code content} fragments. The template is HTML, so Qute escapes
 * every value: a title typed as {@code <script>} arrives as text. The plain-text part of the e-mail is
 * derived from the same content, so both parts always say the same thing.
 */
@ApplicationScoped
public class MessageRenderer {

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final Engine engine;

    @Inject
    public MessageRenderer(Engine engine) {
        this.engine = engine;
    }

    /** A rendered message: subject and notice as plain text, the e-mail as text and HTML. */
    public record Rendered(String subject, String notice, String text, String html) {
    }

    public Rendered render(MessageKind kind, Map<String, Object> values) {
        Template template = engine.getTemplate(kind.template());
        if (template == null) {
            throw new IllegalStateException("No template " + kind.template() + ".html");
        }
        String subject = oneLine(unescape(fragment(template, "subject", values)));
        String notice = oneLine(unescape(fragment(template, "notice", values)));
        String content = fragment(template, "content", values).strip();
        TemplateInstance layout = engine.getTemplate("mail/layout").instance();
        values.forEach(layout::data);
        String html = layout.data("subject", subject).data("content", new RawString(content)).render();
        String text = toText(content) + "\n\n-- \n" + toText(engine.getTemplate("mail/footer").instance()
                .data("portalUrl", values.get("portalUrl")).render());
        return new Rendered(subject, notice, text, html);
    }

    private static String fragment(Template template, String id, Map<String, Object> values) {
        Template.Fragment fragment = template.getFragment(id);
        if (fragment == null) {
            throw new IllegalStateException("Template " + template.getId() + " has no fragment " + id);
        }
        TemplateInstance instance = fragment.instance();
        values.forEach(instance::data);
        return instance.render();
    }

    /**
     * The HTML of a message as plain text: paragraphs and list items on their own lines, links
     * followed by their address, tags removed, entities decoded.
     */
    static String toText(String html) {
        String text = html.replaceAll("\\s*\\n\\s*", " ");
        Matcher links = LINK.matcher(text);
        StringBuilder withUrls = new StringBuilder();
        while (links.find()) {
            String label = TAG.matcher(links.group(2)).replaceAll("").strip();
            String url = links.group(1);
            links.appendReplacement(withUrls, Matcher.quoteReplacement(label.equals(url) ? url : label + " : " + url));
        }
        links.appendTail(withUrls);
        text = withUrls.toString()
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li[^>]*>", "\n- ")
                .replaceAll("(?i)</(p|h1|h2|h3|ul|ol|table|div)>", "\n\n")
                .replaceAll("(?i)</tr>", "\n");
        text = TAG.matcher(text).replaceAll("");
        text = unescape(text);
        return text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Undoes Qute's HTML escaping, for the parts that are plain text (subject, notice, text part). */
    static String unescape(String escaped) {
        return escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
