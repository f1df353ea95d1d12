package news.bulletin.newsroom;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.bulletin.account.Role;
import news.bulletin.account.SignedInPerson;
import news.bulletin.audit.AuditLog;
import news.bulletin.comment.CommentProperties;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import news.bulletin.shared.SiteSettings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes the site settings: checks every field, stores what changed, audits each change with its
 * old and new value, and makes the new values live once the change is committed.
 */
@Service
public class SiteSettingsEditor {
    /** The settings the form edits, in the form's order. */
    public static final List<String> NAMES = List.of(
            SiteSettings.SITE_NAME,
            SiteSettings.TAGLINE,
            SiteSettings.DESCRIPTION,
            SiteSettings.BASE_URL,
            SiteSettings.LOGO,
            SiteSettings.STORIES_PER_PAGE,
            SiteSettings.FEED_CONTENT,
            SiteSettings.COMMENTS_CLOSE_AFTER_DAYS,
            SiteSettings.COMMENT_LINKS_BEFORE_HOLD,
            SiteSettings.COMMENT_BLOCKED_WORDS);

    private final SiteSettingsStore store;
    private final SiteSettings settings;
    private final MediaLibrary media;
    private final AuditLog audit;
    private final int defaultCloseAfterDays;
    private final int defaultLinksBeforeHold;
    private final List<String> defaultBlockedWords;

    SiteSettingsEditor(
            SiteSettingsStore store,
            SiteSettings settings,
            MediaLibrary media,
            AuditLog audit,
            CommentProperties commentDefaults) {
        this.store = store;
        this.settings = settings;
        this.media = media;
        this.audit = audit;
        this.defaultCloseAfterDays = commentDefaults.closeAfterDays();
        this.defaultLinksBeforeHold = commentDefaults.linksBeforeHold();
        this.defaultBlockedWords = commentDefaults.blockedWords();
    }

    /** The settings in effect now, as the form shows them. */
    public SettingsForm current() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SiteSettings.SITE_NAME, settings.siteName());
        values.put(SiteSettings.TAGLINE, settings.tagline());
        values.put(SiteSettings.DESCRIPTION, settings.description());
        values.put(SiteSettings.BASE_URL, settings.baseUrl());
        values.put(SiteSettings.LOGO, settings.logo() == null ? "" : settings.logo());
        values.put(SiteSettings.STORIES_PER_PAGE, String.valueOf(settings.storiesPerPage()));
        values.put(
                SiteSettings.FEED_CONTENT,
                settings.stored(SiteSettings.FEED_CONTENT).orElse("summary"));
        values.put(
                SiteSettings.COMMENTS_CLOSE_AFTER_DAYS,
                String.valueOf(settings.number(SiteSettings.COMMENTS_CLOSE_AFTER_DAYS, defaultCloseAfterDays)));
        values.put(
                SiteSettings.COMMENT_LINKS_BEFORE_HOLD,
                String.valueOf(settings.number(SiteSettings.COMMENT_LINKS_BEFORE_HOLD, defaultLinksBeforeHold)));
        values.put(
                SiteSettings.COMMENT_BLOCKED_WORDS,
                String.join("\n", settings.lines(SiteSettings.COMMENT_BLOCKED_WORDS, defaultBlockedWords)));
        return new SettingsForm(values);
    }

    /** Saves the form; returns the problems by setting name, empty when everything was saved. */
    @Transactional
    public Map<String, String> save(SignedInPerson admin, SettingsForm form) {
        if (!admin.role().includes(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators change the site settings");
        }
        Map<String, String> problems = problems(form);
        if (!problems.isEmpty()) {
            return problems;
        }
        SettingsForm before = current();
        for (String name : NAMES) {
            String value = normalized(name, form.get(name));
            if (!value.equals(before.get(name))) {
                store.put(name, value);
                audit.record(admin.auditor(), "setting.changed", "setting:" + name, before.get(name), value);
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.refresh();
            }
        });
        return Map.of();
    }

    private Map<String, String> problems(SettingsForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = form.get(SiteSettings.SITE_NAME).strip();
        if (name.isEmpty() || name.length() > 80) {
            problems.put(SiteSettings.SITE_NAME, "Give the site a name of 1 to 80 characters.");
        }
        if (form.get(SiteSettings.TAGLINE).strip().length() > 120) {
            problems.put(SiteSettings.TAGLINE, "Keep the tagline under 120 characters.");
        }
        if (form.get(SiteSettings.DESCRIPTION).strip().length() > 500) {
            problems.put(SiteSettings.DESCRIPTION, "Keep the description under 500 characters.");
        }
        if (!isBaseUrl(form.get(SiteSettings.BASE_URL).strip())) {
            problems.put(
                    SiteSettings.BASE_URL,
                    "Give the public address with http:// or https://, such as https://news.example.org.");
        }
        String logo = form.get(SiteSettings.LOGO).strip();
        if (!logo.isEmpty()
                && media.findByKey(logo.replaceFirst("^/media/", ""))
                        .filter(Media::hasAlt)
                        .isEmpty()) {
            problems.put(SiteSettings.LOGO, "Choose the logo from the media library's described images.");
        }
        number(problems, form, SiteSettings.STORIES_PER_PAGE, 5, 100);
        if (!List.of("full", "summary")
                .contains(form.get(SiteSettings.FEED_CONTENT).strip())) {
            problems.put(SiteSettings.FEED_CONTENT, "Choose whole stories or summaries.");
        }
        number(problems, form, SiteSettings.COMMENTS_CLOSE_AFTER_DAYS, 0, 3650);
        number(problems, form, SiteSettings.COMMENT_LINKS_BEFORE_HOLD, 0, 20);
        List<String> words = form.get(SiteSettings.COMMENT_BLOCKED_WORDS)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (words.size() > 500 || words.stream().anyMatch(word -> word.length() > 100)) {
            problems.put(SiteSettings.COMMENT_BLOCKED_WORDS, "Use at most 500 lines of at most 100 characters.");
        }
        return problems;
    }

    private static void number(Map<String, String> problems, SettingsForm form, String name, int min, int max) {
        try {
            int value = Integer.parseInt(form.get(name).strip());
            if (value < min || value > max) {
                problems.put(name, "Give a whole number from " + min + " to " + max + ".");
            }
        } catch (NumberFormatException e) {
            problems.put(name, "Give a whole number from " + min + " to " + max + ".");
        }
    }

    private static boolean isBaseUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null
                    && uri.getUserInfo() == null
                    && text.length() <= 200;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String normalized(String name, String value) {
        String stripped = value.strip();
        return switch (name) {
            case SiteSettings.BASE_URL -> stripped.replaceAll("/+$", "");
            case SiteSettings.COMMENT_BLOCKED_WORDS ->
                String.join(
                        "\n",
                        stripped.lines()
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .toList());
            default -> stripped;
        };
    }
}
