package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds the controller method for a request the way Spring MVC does, reading the request's method
 * once. An address with variables in it (every article, section and tag page) is compared with each
 * of the site's ninety-odd mappings, and each comparison asks for the method twice, through the
 * half-dozen request wrappers of the filters in front: a tenth of a cold article render went there.
 */
@Component
class HandlerLookup implements WebMvcRegistrations {
    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new MethodReadOnceMapping();
    }

    private static final class MethodReadOnceMapping extends RequestMappingHandlerMapping {
        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            return super.lookupHandlerMethod(lookupPath, new MethodReadOnce(request));
        }
    }

    /** The request as it is, with its method read once; everything else is asked of the request. */
    private static final class MethodReadOnce extends HttpServletRequestWrapper {
        private final String method;

        MethodReadOnce(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
