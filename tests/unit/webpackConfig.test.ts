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
