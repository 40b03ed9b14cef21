package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.domain.MessageKind;
import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Writes a message from its two French Qute templates, given the same values: {@code mail/<kind>.txt}
 * the {@code subject}, the in-app {@code notice} and the e-mail's text part ({@code content}), plain
 * text, and {@code mail/<kind>.html} the e-mail's HTML {@code content}, where Qute escapes every value
 * (a title typed as {@code <script>} arrives as text). The text part is written, not derived from the
 * HTML: each template says the same facts in its own form (MessageTemplatesTest checks they do).
 */
@ApplicationScoped
public class MessageRenderer {

    private final Engine engine;

    @Inject
    public MessageRenderer(Engine engine) {
        this.engine = engine;
    }

    /** A rendered message: subject and notice as plain text, the e-mail as text and HTML. */
    public record Rendered(String subject, String notice, String text, String html) {
    }

    public Rendered render(MessageKind kind, Map<String, Object> values) {
        Template text = template(kind.template() + ".txt");
        Template html = template(kind.template() + ".html");
        String subject = oneLine(fragment(text, "subject", values));
        String notice = oneLine(fragment(text, "notice", values));
        TemplateInstance layout = template("mail/layout.html").instance();
        values.forEach(layout::data);
        String htmlPart = layout.data("subject", subject)
                .data("content", new RawString(fragment(html, "content", values).strip())).render();
        String textPart = paragraphs(fragment(text, "content", values)) + "\n\n-- \n"
                + paragraphs(template("mail/footer.txt").instance().data("portalUrl", values.get("portalUrl")).render());
        return new Rendered(subject, notice, textPart, htmlPart);
    }

    private Template template(String id) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("No template " + id);
        }
        return template;
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

    /** The blank lines left where an optional paragraph showed nothing are closed up. */
    static String paragraphs(String text) {
        return text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
