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
