# Sourced by .ci/test and .ci/benchmark. Two steps, so that a caller can do other work between them:
#   install_missing_packages   what is missing from Debian's packages: MariaDB, and EXTRA_PACKAGES ("command:package"
#                              pairs) beyond it;
#   start_private_mariadb      a private MariaDB (own data directory, loopback, a free port; never the system
#                              service); sets TERRAIN_TEST_DB_PORT, _URL, _USER, _PASSWORD; stop_private_mariadb stops
#                              and removes it (callers call it when they exit).

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
export PATH="$PATH:/usr/sbin"

install_missing_packages() {
    local missing=()
    command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
    for pair in ${EXTRA_PACKAGES:-}; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair##*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== Installing ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

mariadb_dir=
stop_private_mariadb() {
    [ -n "$mariadb_dir" ] || return 0
    if [ -f "$mariadb_dir/mariadb.pid" ]; then kill "$(cat "$mariadb_dir/mariadb.pid")" 2>/dev/null || true; sleep 1; fi
    rm -rf "$mariadb_dir"
}

start_private_mariadb() {
    # A port nobody listens on (another MariaDB may hold 3306/3307).
    TERRAIN_TEST_DB_PORT=
    for candidate in $(seq 33100 33199); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then TERRAIN_TEST_DB_PORT=$candidate; break; fi
    done
    [ -n "$TERRAIN_TEST_DB_PORT" ] || { echo "No free port for MariaDB in 33100-33199" >&2; exit 1; }

    mariadb_dir=$(mktemp -d /tmp/terrain-mariadb.XXXXXX)
    mariadb_socket="$mariadb_dir/mariadb.sock"
    mariadb_user_flag=(); [ "$(id -u)" -eq 0 ] && mariadb_user_flag=(--user=root)

    echo "== Starting a private MariaDB on 127.0.0.1:$TERRAIN_TEST_DB_PORT ($mariadb_dir)"
    mariadb-install-db --no-defaults "${mariadb_user_flag[@]}" --basedir=/usr --datadir="$mariadb_dir/data" \
        --auth-root-authentication-method=socket --skip-test-db >"$mariadb_dir/install.log" 2>&1
    mariadbd --no-defaults "${mariadb_user_flag[@]}" --datadir="$mariadb_dir/data" --bind-address=127.0.0.1 \
        --port="$TERRAIN_TEST_DB_PORT" --socket="$mariadb_socket" --pid-file="$mariadb_dir/mariadb.pid" \
        --log-error="$mariadb_dir/error.log" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --max-connections=300 --local-infile=1 &
    mariadb_pid=$!
    # Wait on the server's own readiness, or its exit, for up to 3 minutes (a busy machine starts it slowly).
    mariadb_ready=
    for _ in $(seq 1 360); do
        if mariadb-admin --socket="$mariadb_socket" -uroot ping >/dev/null 2>&1; then mariadb_ready=yes; break; fi
        kill -0 "$mariadb_pid" 2>/dev/null || break
        sleep 0.5
    done
    if [ -z "$mariadb_ready" ]; then
        echo "MariaDB did not start; its error log:" >&2
        cat "$mariadb_dir/error.log" >&2 2>/dev/null || true
        exit 1
    fi
    TERRAIN_TEST_DB_USER=terrain
    TERRAIN_TEST_DB_PASSWORD="terrain-test-$RANDOM$RANDOM"
    TERRAIN_TEST_DB_URL="jdbc:mariadb://127.0.0.1:$TERRAIN_TEST_DB_PORT/terrain?allowLocalInfile=true"
    mariadb --socket="$mariadb_socket" -uroot <<SQL
CREATE DATABASE terrain CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'terrain'@'%' IDENTIFIED BY '$TERRAIN_TEST_DB_PASSWORD';
CREATE USER 'terrain'@'localhost' IDENTIFIED BY '$TERRAIN_TEST_DB_PASSWORD';
GRANT ALL ON terrain.* TO 'terrain'@'%';
GRANT ALL ON terrain.* TO 'terrain'@'localhost';
SQL
}
