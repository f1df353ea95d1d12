package news.bulletin.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.bulletin.account.Account;
import news.bulletin.account.Accounts;
import news.bulletin.account.Person;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds sections, writers and articles for tests through the module's own public API. */
public final class TestArticles {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ArticleWorkflow workflow;
    private final Taxonomy taxonomy;
    private final Accounts accounts;
    private final Clock clock;
    private final ArticlePaths paths;
    private final ApplicationContext context;

    public TestArticles(ApplicationContext context) {
        this.context = context;
        this.workflow = context.getBean(ArticleWorkflow.class);
        this.taxonomy = context.getBean(Taxonomy.class);
        this.accounts = context.getBean(Accounts.class);
        this.clock = context.getBean(Clock.class);
        this.paths = context.getBean(ArticlePaths.class);
    }

    public Section section(String name) {
        int n = SEQUENCE.incrementAndGet();
        return taxonomy.addSection(name, "test-section-" + n, "About " + name + ".", 100 + n);
    }

    public Person writer(String name) {
        return accounts.addStaffProfile(name, name + " writes for tests.", Role.AUTHOR);
    }

    /**
     * Changes a story's headline in the database behind the application's back, announcing nothing:
     * a page still showing the old headline afterwards was answered from something kept in memory.
     */
    public void retitleBehindItsBack(long id, String headline) {
        context.getBean(JdbcClient.class)
                .sql("UPDATE articles SET headline = :headline WHERE id = :id")
                .param("headline", headline)
                .param("id", id)
                .update();
    }

    /** Gives a story a new headline in the editor, as an editor does, keeping everything else. */
    public void retitle(long id, String headline) {
        Account editor = new TestAccounts(context).create(Role.EDITOR);
        var staffer = new Staffer(editor.id(), editor.name(), Role.EDITOR);
        ArticleEditing editing = context.getBean(ArticleEditing.class);
        var open = editing.open(staffer, id);
        ArticleForm form = open.form();
        editing.save(
                staffer,
                id,
                open.version(),
                new ArticleForm(
                        headline,
                        form.dek(),
                        form.slug(),
                        form.sectionId(),
                        form.tags(),
                        form.bylineIds(),
                        form.heroMediaId(),
                        form.heroAlt(),
                        form.heroCaption(),
                        form.heroCredit(),
                        form.bodyMarkdown(),
                        form.commentsEnabled(),
                        form.seoTitle(),
                        form.seoDescription()),
                EditRequest.save());
    }

    public Builder article(String headline) {
        return new Builder(headline);
    }

    /** An article being described; {@link #published()} or {@link #draft()} saves it. */
    public final class Builder {
        private final String headline;
        private String slug;
        private String body = "A paragraph of **news**.";
        private @Nullable Section section;
        private final List<String> tags = new ArrayList<>();
        private final List<Long> bylines = new ArrayList<>();
        private Duration age = Duration.ofHours(1);

        private Builder(String headline) {
            this.headline = headline;
            this.slug = news.bulletin.shared.Slugs.of(headline) + "-" + SEQUENCE.incrementAndGet();
        }

        public Builder slug(String value) {
            slug = value;
            return this;
        }

        public Builder body(String markdown) {
            body = markdown;
            return this;
        }

        public Builder in(Section value) {
            section = value;
            return this;
        }

        public Builder tagged(String... names) {
            tags.addAll(List.of(names));
            return this;
        }

        public Builder by(Person... people) {
            for (Person person : people) {
                bylines.add(person.id());
            }
            return this;
        }

        public Builder publishedAgo(Duration value) {
            age = value;
            return this;
        }

        public String slug() {
            return slug;
        }

        public long draft() {
            return workflow.createDraft(new ArticleDraft(
                    headline,
                    slug,
                    "The dek of " + headline + ".",
                    body,
                    section == null ? null : section.id(),
                    tags,
                    bylines,
                    null,
                    "",
                    "",
                    "",
                    true));
        }

        public long published() {
            return publish().id();
        }

        /** Publishes and returns the id with the reader's address. */
        public Saved publish() {
            long id = draft();
            Instant at = clock.instant().minus(age);
            workflow.publish(id, at);
            return new Saved(id, paths.of(at, slug));
        }
    }

    /** A saved article's id and its address. */
    public record Saved(long id, String path) {}
}
