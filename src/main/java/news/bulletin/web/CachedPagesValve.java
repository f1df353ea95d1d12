package news.bulletin.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Answers an anonymous reader's page from the cache as soon as Tomcat has read the request, ahead
 * of the web application's own valves and its filter chain: walking those to reach the first filter
 * was a third of what answering a cached page cost. Everything else, a page not cached yet among
 * it, goes on to the filters (see {@link PageServing#serve}).
 */
final class CachedPagesValve extends ValveBase {
    private final PageServing serving;
    private final SignInCookies signIn;

    CachedPagesValve(PageServing serving, SignInCookies signIn) {
        super(true);
        this.serving = serving;
        this.signIn = signIn;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        // A request Tomcat could not read or map (a request line too long, say) reaches the
        // engine's valves too, without a path and already answered with an error.
        boolean readable = request.getContext() != null && request.getRequestURI() != null && !response.isError();
        if (!readable || !serving.answerCached(request, response, signIn.present(request))) {
            getNext().invoke(request, response);
        }
    }
}
