import path from "node:path";

type Config = {
  devServer?: { devMiddleware?: { index?: string }; port?: number };
  plugins?: { constructor: { name: string }; userOptions?: { filename?: string } }[];
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const make = require(path.resolve(__dirname, "../../webpack.config.js")) as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Config;

describe("the dev server", () => {
  it("serves the pane at the root URL (http://localhost:3000/ is not a 404)", () => {
    const config = make({}, { mode: "development" });
    const html = (config.plugins ?? [])
      .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p) => p.userOptions?.filename);
    expect(html).toContain("taskpane.html");
    expect(config.devServer?.devMiddleware?.index).toBe("taskpane.html");
    expect(config.devServer?.port).toBe(3000);
  });
});

describe("the production manifest", () => {
  it("keeps no localhost: every URL and the AppDomain move to the production origin", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { productionManifest } = require(path.resolve(__dirname, "../../webpack.config.js")) as {
      productionManifest: (xml: string, url: string) => string;
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const xml = require("node:fs").readFileSync(
      path.resolve(__dirname, "../../manifest.xml"),
      "utf8",
    ) as string;
    expect(xml).toContain("<AppDomain>https://localhost:3000</AppDomain>");
    const prod = productionManifest(xml, "https://tiering.example.com/addin/");
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain("<AppDomain>https://tiering.example.com</AppDomain>");
    expect(prod).toContain(
      '<SourceLocation DefaultValue="https://tiering.example.com/addin/taskpane.html"/>',
    );
  });
});

describe("the browser tests without a browser", () => {
  it("stop at once with one line naming what is missing", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
    const started = Date.now();
    const run = spawnSync(process.execPath, [path.resolve(__dirname, "../e2e/checkBrowser.mjs")], {
      env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/No Chromium at \/nonexistent\/chromium: install Debian's package/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
