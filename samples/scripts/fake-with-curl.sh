#!/usr/bin/env bash
# The standalone fake Partner Center driven by curl: starts the testkit's server jar on a free port, waits until it
# answers, creates a customer, lists customers, buys a subscription, lists it, and stops the server (also when a
# step fails). Needs java 17+, curl and the server jar:
#
#   mvn -B -q -pl csp-sdk-testkit -am package -DskipTests     # builds csp-sdk-testkit/target/*-server.jar
#   samples/scripts/fake-with-curl.sh [path/to/csp-sdk-testkit-<version>-server.jar]
#
# The fake accepts any bearer token (Partner Center wants an Azure AD access token in the same header) and answers
# 401 without one.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="${1:-}"
if [[ -z "$jar" ]]; then
  jar="$(ls "$here"/../../csp-sdk-testkit/target/csp-sdk-testkit-*-server.jar 2>/dev/null | head -n 1 || true)"
fi
if [[ -z "$jar" || ! -f "$jar" ]]; then
  echo "error: no server jar${jar:+ at $jar}; build it with: mvn -B -q -pl csp-sdk-testkit -am package -DskipTests" >&2
  exit 2
fi

log="$(mktemp "${TMPDIR:-/tmp}/fake-partner-center.XXXXXX")"
pid=""
stop() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"                       # SIGTERM: the server's shutdown hook closes the fake
    wait "$pid" 2>/dev/null || true
    echo "Stopped the fake (pid $pid)"
  fi
  rm -f "$log" "$log.body"
}
trap stop EXIT
trap 'exit 130' INT TERM

# --port 0: the server takes a free port and says which on its first line
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar" --port 0 --no-customer-agreement >"$log" 2>&1 &
pid=$!
base=""
for _ in $(seq 1 300); do                # up to 30 s for the JVM to start
  base="$(sed -n 's|^Fake Partner Center listening on \(http://[^/]*\)/v1 .*|\1|p' "$log")"
  [[ -n "$base" ]] && break
  kill -0 "$pid" 2>/dev/null || { echo "error: the server exited:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$base" ]] || { echo "error: the server did not start within 30 s:" >&2; cat "$log" >&2; exit 1; }
for _ in $(seq 1 100); do                # and until it answers
  curl -sf "$base/_fake/clock" >/dev/null && break
  sleep 0.1
done
echo "Fake Partner Center at $base (pid $pid); clock: $(curl -sf "$base/_fake/clock")"

pc() {   # pc METHOD PATH [JSON]: one Partner Center call with a bearer token and a request id
  local method="$1" path="$2" body="${3:-}"
  local args=(-sS -X "$method" -H "Authorization: Bearer sample-token" -H "Accept: application/json"
    -H "MS-RequestId: $(cat /proc/sys/kernel/random/uuid 2>/dev/null || date +%s%N)")
  if [[ -n "$body" ]]; then
    args+=(-H "Content-Type: application/json" --data "$body")
  fi
  local status
  status="$(curl "${args[@]}" -o "$log.body" -w '%{http_code}' "$base/v1$path")"
  if (( status >= 400 )); then
    echo "error: $method $path answered $status: $(cat "$log.body")" >&2
    return 1
  fi
  cat "$log.body"
}
first_id() {   # the first "id" of a JSON answer (kept simple: no jq needed)
  grep -o '"id" *: *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'
}

echo "1. Without a token:"
echo "   HTTP $(curl -s -o /dev/null -w '%{http_code}' "$base/v1/customers")"

echo "2. Create a customer:"
customer_json="$(pc POST /customers '{
  "companyProfile": {"domain": "wingtip.onmicrosoft.com"},
  "billingProfile": {"email": "ap@wingtip.example", "culture": "en-US", "language": "en",
    "companyName": "Wingtip Toys",
    "defaultAddress": {"country": "US", "city": "Redmond", "state": "WA", "addressLine1": "1 Main St",
      "postalCode": "98052", "firstName": "Ada", "lastName": "Lovelace", "phoneNumber": "4255550101"}}}')"
customer="$(first_id <<<"$customer_json")"
[[ -n "$customer" ]] || { echo "error: no customer id in: $customer_json" >&2; exit 1; }
echo "   customer $customer"

echo "3. List customers:"
customers_json="$(pc GET '/customers?size=50')"
echo "   totalCount $(grep -o '"totalCount" *: *[0-9]*' <<<"$customers_json" | grep -o '[0-9]*$')," \
  "domains: $(grep -o '"domain" *: *"[^"]*"' <<<"$customers_json" | sed 's/.*"\([^"]*\)"$/\1/' | paste -sd ' ' -)"

echo "4. Buy 5 seats of Microsoft 365 Business Basic (P1Y, monthly):"
order_json="$(pc POST "/customers/$customer/orders" '{"lineItems": [{"lineItemNumber": 0,
  "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0KCWD", "quantity": 5, "termDuration": "P1Y"}], "billingCycle": "monthly"}')"
order="$(first_id <<<"$order_json")"
[[ -n "$order" ]] || { echo "error: no order id in: $order_json" >&2; exit 1; }
echo "   order $order"

echo "5. List the customer's subscriptions:"
subscriptions_json="$(pc GET "/customers/$customer/subscriptions")"
echo "   totalCount $(grep -o '"totalCount" *: *[0-9]*' <<<"$subscriptions_json" | grep -o '[0-9]*$')," \
  "offerId $(grep -o '"offerId" *: *"[^"]*"' <<<"$subscriptions_json" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')," \
  "quantity $(grep -o '"quantity" *: *[0-9]*' <<<"$subscriptions_json" | head -n 1 | grep -o '[0-9]*$')," \
  "status $(grep -o '"status" *: *"[^"]*"' <<<"$subscriptions_json" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')"
