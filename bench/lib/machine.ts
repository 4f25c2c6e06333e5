import { execFileSync } from "node:child_process";
import os from "node:os";

/** The machine a report was measured on: figures only compare within one report. */
export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  chromium: string | null;
  /** 1, 5 and 15-minute load averages when the run started and ended (other jobs share the machine). */
  loadAverageStart: number[];
  loadAverageEnd: number[] | null;
}

function chromiumVersion(executable: string): string | null {
  try {
    return execFileSync(executable, ["--version"], { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

export function describeMachine(chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium"): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} (${os.arch()})`,
    chromium: chromiumVersion(chromium),
    loadAverageStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
    loadAverageEnd: null,
  };
}

export const loadAverage = (): number[] => os.loadavg().map((n) => Math.round(n * 100) / 100);
