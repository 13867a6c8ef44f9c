# The application behind the edge cache: the `web` service of docker-compose.yml.
backend default {
    .host = "web";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

# Who may send BAN requests (the application containers, on the compose network). Bans
# are also accepted only on the listen address named "ban", which compose does not publish.
acl ban_senders {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}
