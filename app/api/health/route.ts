import { checkDatabase } from "@/lib/server/db/health";

/**
 * Liveness and database status. Always 200 while the app serves: the questionnaire and letters work
 * without the database (only anonymous counts pause), so a load balancer should keep the instance.
 */
export async function GET(): Promise<Response> {
  const { status, kind, pendingMigrations } = await checkDatabase();
  return Response.json(
    { status: status === "up" ? "ok" : "degraded", database: { status, kind, pendingMigrations } },
    { headers: { "Cache-Control": "no-store" } },
  );
}
