vcl 4.1;

# Edge cache in front of gunicorn (docs/caching.md). It keys and caches anonymous pages by
# the same rules as the application's page cache (strategy_site/caching/page_cache.py):
# - only GET/HEAD of language pages (/nl/, /fr/, /en/) and static files;
# - anything with a session or CSRF cookie, and /admin/, goes to the application uncached;
# - tracking parameters are dropped, the parameters pages read (page, q) are sorted, and a
#   request with any other parameter, or a repeated one, is passed uncached;
# - the key is the scheme, the lower-cased host and that normalised URL;
# - the application's Cache-Control decides what is stored and for how long.
# A content change in the application sends one BAN that drops every page at once
# (strategy_site/caching/edge_cache.py).

import std;

include "backend.vcl";

sub vcl_recv {
    # The site is served at the root: no proxy header may move it (gunicorn.conf.py).
    unset req.http.SCRIPT_NAME;
    unset req.http.PATH_INFO;

    if (req.method == "BAN") {
        if (local.socket != "ban" || client.ip !~ ban_senders) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.X-Ban-Pattern) {
            return (synth(400, "X-Ban-Pattern missing"));
        }
        ban("obj.http.X-Edge-Url ~ " + req.http.X-Ban-Pattern);
        return (synth(200, "Banned"));
    }
    if (local.socket == "ban") {
        return (synth(404, "Not Found"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)" || req.url ~ "^/documents/") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    if (req.url !~ "^/(nl|fr|en)/" && req.url !~ "^/static/") {
        return (pass);
    }

    # Tracking parameters (PAGE_CACHE_IGNORED_PARAMETERS) are dropped for every request.
    set req.url = regsuball(req.url, "(?<=[?&])(?:utm_[^=&]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|twclid|li_fat_id|mkt_tok)(?:=[^&]*)?(?:&|$)", "");
    set req.url = regsub(req.url, "[?&]+$", "");
    if (req.url ~ "\?") {
        # Only the parameters pages read (PAGE_CACHE_QUERY_PARAMETERS), each at most once.
        if (req.url ~ "[?&](?!(page|q)(=|&|$))[^&]" || req.url ~ "[?&](page|q)(=[^&]*)?&(.*&)?\1(=|&|$)") {
            return (pass);
        }
        set req.url = std.querysort(req.url);
    }

    # Pages do not depend on cookies (the language is in the path) once no session is open.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(std.tolower(regsub(req.http.Host, "\.$", "")));
    # Pages carry absolute URLs with the scheme the TLS proxy reports.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    # Kept on the object so that a ban can match it without the request (ban lurker).
    set beresp.http.X-Edge-Url = bereq.url;
}

sub vcl_deliver {
    unset resp.http.X-Edge-Url;
    if (obj.uncacheable) {
        set resp.http.X-Edge-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Edge-Cache = "HIT";
    } else {
        set resp.http.X-Edge-Cache = "MISS";
    }
}
