package news.bulletin.newsroom;

import java.util.List;
import news.bulletin.account.People;
import news.bulletin.media.Media;
import news.bulletin.media.MediaUsage;
import news.bulletin.media.MediaUse;
import org.springframework.stereotype.Component;

/** Tells the media library which author pages show an image as their author's photo. */
@Component
class AuthorPhotoUsage implements MediaUsage {
    private final People people;

    AuthorPhotoUsage(People people) {
        this.people = people;
    }

    @Override
    public List<MediaUse> usesOf(Media media) {
        return people.withPhoto(media.id()).stream()
                .map(person -> new MediaUse(
                        "Photo of " + person.name() + " on their author page",
                        "/newsroom/people/" + person.id() + "/profile"))
                .toList();
    }
}
