import { describe, expect, it } from "vitest";
import { POST as count } from "@/app/api/v1/count/route";
import { GET as stats } from "@/app/api/v1/stats/route";

// Nothing listens on port 9: every connection is refused at once.
process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";
process.env.LOG_LEVEL = "silent";

describe("with the database down", () => {
  it("the count endpoint answers 503 unavailable, never 500", async () => {
    const response = await count(
      new Request("http://localhost/api/v1/count", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Forwarded-For": "192.0.2.1" },
        body: JSON.stringify({ country: "FR", locale: "fr" }),
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toMatchObject({ error: "unavailable" });
  });

  it("the public stats answer 503 unavailable", async () => {
    const response = await stats(new Request("http://localhost/api/v1/stats"));
    expect(response.status).toBe(503);
    expect((await response.json()).error).toBe("unavailable");
  });
});
