package news.bulletin.article;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What is on the newsroom's desk: a writer's drafts, the stories scheduled, the ones just published. */
@Service
@Transactional(readOnly = true)
public class Desk {
    private final DeskRepository desk;

    Desk(DeskRepository desk) {
        this.desk = desk;
    }

    public List<DeskItem> draftsBy(long personId, int limit) {
        return desk.draftsBy(personId, limit);
    }

    /** Stories submitted for review, longest waiting first. */
    public List<DeskItem> inReview(int limit) {
        return desk.inReview(limit);
    }

    /** Stories waiting for their time, soonest first. */
    public List<DeskItem> scheduled(int limit) {
        return desk.scheduled(limit);
    }

    public List<DeskItem> recentlyPublished(int limit) {
        return desk.recentlyPublished(limit);
    }
}
