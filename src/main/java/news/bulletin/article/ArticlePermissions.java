package news.bulletin.article;

import java.util.EnumMap;
import java.util.Map;
import news.bulletin.account.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what to a story: the one table of the newsroom's rules, read by the module's API
 * before every change and by the editor to decide which buttons to show.
 */
public final class ArticlePermissions {
    /** How far a role's right to an action reaches. */
    public enum Reach {
        /** Not at all. */
        NONE,
        /** Only stories the person is credited on or created, and only while they are drafts. */
        OWN_DRAFTS,
        /** Only stories the person is credited on or created. */
        OWN,
        /** Any story. */
        ANY
    }

    /**
     * The table itself: a row per role, a column per action in {@link ArticleAction}'s order. Each
     * role reaches at least as far as the one before it.
     */
    private static final String[] ROWS = {
        //           CREATE EDIT        SUBMIT      SEND_BACK PUBLISH SCHEDULE UNPUBLISH DELETE      CORRECT HISTORY
        // RESTORE
        "READER      NONE   NONE        NONE        NONE      NONE    NONE     NONE      NONE        NONE    NONE    NONE",
        "CONTRIBUTOR ANY    OWN_DRAFTS  OWN_DRAFTS  NONE      NONE    NONE     NONE      OWN_DRAFTS  NONE    OWN     NONE",
        "AUTHOR      ANY    OWN         OWN         NONE      OWN     OWN      OWN       OWN         NONE    OWN     OWN",
        "EDITOR      ANY    ANY         ANY         ANY       ANY     ANY      ANY       ANY         ANY     ANY     ANY",
        "ADMIN       ANY    ANY         ANY         ANY       ANY     ANY      ANY       ANY         ANY     ANY     ANY",
    };

    private static final Map<Role, Map<ArticleAction, Reach>> TABLE = parse();

    private ArticlePermissions() {}

    private static Map<Role, Map<ArticleAction, Reach>> parse() {
        Map<Role, Map<ArticleAction, Reach>> table = new EnumMap<>(Role.class);
        for (String line : ROWS) {
            String[] cells = line.trim().split("\\s+");
            Map<ArticleAction, Reach> row = new EnumMap<>(ArticleAction.class);
            ArticleAction[] actions = ArticleAction.values();
            if (cells.length != actions.length + 1) {
                throw new IllegalStateException("permission row for " + cells[0] + " has the wrong number of cells");
            }
            for (int i = 0; i < actions.length; i++) {
                row.put(actions[i], Reach.valueOf(cells[i + 1]));
            }
            table.put(Role.valueOf(cells[0]), row);
        }
        if (table.size() != Role.values().length) {
            throw new IllegalStateException("every role needs a row of permissions");
        }
        return table;
    }

    public static Reach reach(Role role, ArticleAction action) {
        return TABLE.get(role).get(action);
    }

    /**
     * Whether a person in a role may take an action on a story.
     *
     * @param own whether the person is credited on the story or created it
     * @param draft whether the story is a draft (in review or not)
     */
    public static boolean allows(Role role, ArticleAction action, boolean own, boolean draft) {
        return switch (reach(role, action)) {
            case NONE -> false;
            case OWN_DRAFTS -> own && draft;
            case OWN -> own;
            case ANY -> true;
        };
    }

    static void check(Staffer staffer, ArticleAction action, boolean own, boolean draft) {
        if (!allows(staffer.role(), action, own, draft)) {
            throw new AccessDeniedException(staffer.role() + " may not " + action + " this story");
        }
    }
}
