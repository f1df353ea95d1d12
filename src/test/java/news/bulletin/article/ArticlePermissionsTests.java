package news.bulletin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every cell of the role × action table, exercised through the module's API on real stories: for
 * each role and action, on a story of the person's own and on somebody else's, as a draft and after
 * it left the drafts. The expected answers are written here from DESIGN.md's words, independently of
 * the table in {@link ArticlePermissions}; a refused action must leave the story exactly as it was.
 */
@SpringBootTest(properties = {"bulletin.sample-content=false", "bulletin.scheduling.interval=1h"})
class ArticlePermissionsTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "permissions");
    }

    @Autowired
    ArticleEditing editing;

    @Autowired
    EditorRepository stored;

    @Autowired
    ApplicationContext context;

    Staffer admin;

    @BeforeEach
    void setUp() {
        admin = staffer(Role.ADMIN);
    }

    /** What DESIGN.md says each role may do: "own" means credited on the story. */
    static boolean expected(Role role, ArticleAction action, boolean own, boolean draft) {
        return switch (role) {
            case READER -> false;
            // A contributor writes drafts and submits them, and edits only their own drafts.
            case CONTRIBUTOR ->
                switch (action) {
                    case CREATE -> true;
                    case EDIT, SUBMIT, DELETE -> own && draft;
                    case HISTORY -> own;
                    default -> false;
                };
            // An author publishes their own; corrections and review belong to editors.
            case AUTHOR ->
                switch (action) {
                    case CREATE -> true;
                    case SEND_BACK, CORRECT -> false;
                    default -> own;
                };
            // An editor publishes and edits anyone's; an admin may do everything an editor may.
            case EDITOR, ADMIN -> true;
        };
    }

    @Test
    void everyRoleAndActionIsAllowedOrRefusedAsTheDesignSays() {
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Role role : Role.values()) {
            Staffer person = staffer(role);
            Staffer other = staffer(Role.AUTHOR);
            for (ArticleAction action : ArticleAction.values()) {
                for (boolean own : new boolean[] {true, false}) {
                    for (boolean draft : new boolean[] {true, false}) {
                        ArticleStatus state = stateFor(action, draft);
                        // A reader cannot be credited on a story, so a reader has no stories of their own.
                        if (state == null || (role == Role.READER && own)) {
                            continue;
                        }
                        cells++;
                        boolean expected = expected(role, action, own, draft);
                        boolean allowed = attempt(person, action, own ? person : other, state);
                        if (allowed != expected) {
                            mismatches.add(role + " " + action + (own ? " own " : " other's ") + state + ": expected "
                                    + (expected ? "allowed" : "refused"));
                        }
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(cells).as("cells exercised").isGreaterThan(150);
    }

    @Test
    void theTableAndTheDesignAgreeCellByCell() {
        for (Role role : Role.values()) {
            for (ArticleAction action : ArticleAction.values()) {
                for (boolean own : new boolean[] {true, false}) {
                    for (boolean draft : new boolean[] {true, false}) {
                        assertThat(ArticlePermissions.allows(role, action, own, draft))
                                .as("%s %s own=%s draft=%s", role, action, own, draft)
                                .isEqualTo(expected(role, action, own, draft));
                    }
                }
            }
        }
    }

    @Test
    void anActionThatDoesNotFitTheStorysStateIsRefusedWhoeverAsks() {
        Staffer writer = staffer(Role.AUTHOR);
        long published = story(writer, ArticleStatus.PUBLISHED);
        int version = stored.find(published).orElseThrow().version();

        assertThatThrownBy(() -> editing.delete(admin, published))
                .as("a published story is unpublished before it is deleted")
                .isInstanceOf(news.bulletin.shared.BadRequestException.class);
        assertThatThrownBy(() -> editing.sendBack(admin, published, "no"))
                .isInstanceOf(news.bulletin.shared.BadRequestException.class);
        assertThat(stored.find(published).orElseThrow().version()).isEqualTo(version);
    }

    /** The state to try an action in, for a draft or a story past the drafts; null where none fits. */
    private static ArticleStatus stateFor(ArticleAction action, boolean draft) {
        return switch (action) {
            case CREATE -> draft ? ArticleStatus.DRAFT : null;
            case EDIT, HISTORY -> draft ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
            case SUBMIT -> draft ? ArticleStatus.DRAFT : null;
            case SEND_BACK -> draft ? ArticleStatus.IN_REVIEW : ArticleStatus.SCHEDULED;
            case PUBLISH, SCHEDULE -> draft ? ArticleStatus.IN_REVIEW : ArticleStatus.UNPUBLISHED;
            case UNPUBLISH -> draft ? null : ArticleStatus.PUBLISHED;
            case DELETE -> draft ? ArticleStatus.DRAFT : ArticleStatus.UNPUBLISHED;
            case CORRECT -> draft ? null : ArticleStatus.PUBLISHED;
            case RESTORE -> draft ? ArticleStatus.IN_REVIEW : ArticleStatus.PUBLISHED;
        };
    }

    /** Tries the action; true if it went through, false if refused with nothing changed. */
    private boolean attempt(Staffer person, ArticleAction action, Staffer owner, ArticleStatus state) {
        long id = action == ArticleAction.CREATE ? 0 : story(owner, state);
        var before = id == 0 ? null : stored.find(id).orElseThrow();
        try {
            perform(person, action, id, before);
            return true;
        } catch (AccessDeniedException refused) {
            if (before != null) {
                var after = stored.find(id).orElseThrow();
                assertThat(after.version())
                        .as("a refused %s changes nothing", action)
                        .isEqualTo(before.version());
                assertThat(after.status()).isEqualTo(before.status());
            }
            return false;
        }
    }

    private void perform(Staffer person, ArticleAction action, long id, EditableArticle before) {
        switch (action) {
            case CREATE -> assertSaved(editing.create(person, form("New", person.personId()), EditRequest.save()));
            case EDIT -> assertSaved(editing.save(person, id, before.version(), edited(before), EditRequest.save()));
            case SUBMIT ->
                assertSaved(editing.save(
                        person, id, before.version(), before.form(), new EditRequest(EditStep.SUBMIT, "", "", false)));
            case SEND_BACK -> editing.sendBack(person, id, "Needs a second source.");
            case PUBLISH ->
                assertSaved(editing.save(
                        person, id, before.version(), before.form(), new EditRequest(EditStep.PUBLISH, "", "", false)));
            case SCHEDULE ->
                assertSaved(editing.save(
                        person,
                        id,
                        before.version(),
                        before.form(),
                        new EditRequest(EditStep.SCHEDULE, tomorrow(), "", false)));
            case UNPUBLISH -> editing.unpublish(person, id);
            case DELETE -> editing.delete(person, id);
            case CORRECT ->
                assertSaved(editing.save(
                        person,
                        id,
                        before.version(),
                        edited(before),
                        new EditRequest(EditStep.SAVE, "", "Fixed a figure", true)));
            case HISTORY -> editing.history(person, id);
            case RESTORE ->
                assertThat(editing.restore(person, id, 1, before.version())).isTrue();
        }
    }

    private static void assertSaved(EditOutcome outcome) {
        assertThat(outcome).isInstanceOf(EditOutcome.Saved.class);
    }

    /** A story credited to its owner, brought to a state by an administrator. */
    private long story(Staffer owner, ArticleStatus state) {
        var created = (EditOutcome.Saved) editing.create(admin, form("Story", owner.personId()), EditRequest.save());
        long id = created.id();
        switch (state) {
            case DRAFT -> {}
            case IN_REVIEW -> step(id, EditStep.SUBMIT, "");
            case SCHEDULED -> step(id, EditStep.SCHEDULE, tomorrow());
            case PUBLISHED -> step(id, EditStep.PUBLISH, "");
            case UNPUBLISHED -> {
                step(id, EditStep.PUBLISH, "");
                editing.unpublish(admin, id);
            }
        }
        assertThat(stored.find(id).orElseThrow().status()).isEqualTo(state);
        return id;
    }

    private void step(long id, EditStep step, String at) {
        var story = stored.find(id).orElseThrow();
        assertSaved(editing.save(admin, id, story.version(), story.form(), new EditRequest(step, at, "", false)));
    }

    private static ArticleForm form(String headline, long byline) {
        return new ArticleForm(
                headline + " " + System.nanoTime(),
                "",
                "",
                null,
                "",
                List.of(byline),
                null,
                "",
                "",
                "",
                "Words.",
                true,
                "",
                "");
    }

    private static ArticleForm edited(EditableArticle story) {
        ArticleForm f = story.form();
        return new ArticleForm(
                f.headline() + " (edited)",
                f.dek(),
                f.slug(),
                f.sectionId(),
                f.tags(),
                f.bylineIds(),
                f.heroMediaId(),
                f.heroAlt(),
                f.heroCaption(),
                f.heroCredit(),
                f.bodyMarkdown() + " More.",
                f.commentsEnabled(),
                f.seoTitle(),
                f.seoDescription());
    }

    private static String tomorrow() {
        return LocalDateTime.ofInstant(Instant.now().plus(Duration.ofDays(1)), ZoneOffset.UTC)
                .withSecond(0)
                .withNano(0)
                .toString();
    }

    private Staffer staffer(Role role) {
        var account = new TestAccounts(context).create(role);
        return new Staffer(account.id(), account.name(), role);
    }
}
