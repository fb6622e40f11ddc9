// Builds the task pane (which is also the shared runtime that runs the ribbon commands).
//   npm run build                               dist/addin: office.js from Microsoft's CDN, manifest as is
//   npm run build -- --env urlProd=https://x/   the same with the manifest's URLs moved to https://x/
//   npm run build:demo                          dist/demo, for the browser tests: office.js from the npm copy
//   npm run dev-server                          demo build served on port 3000 (https when dev certs exist)
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const URL_DEV = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_LOCAL = "/office-js/office.js";
const OFFICE_JS_DIR = path.join(__dirname, "node_modules/@microsoft/office-js/dist");

function devServerTls() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return undefined;
  const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
  return { type: "https", options: { key, cert, ca } };
}

/**
 * The manifest for a production URL: every development URL moved there, the AppDomain (an origin, no
 * trailing slash) included, so no localhost is left in a manifest that ships.
 */
function productionManifest(xml, urlProd) {
  const origin = new URL(urlProd).origin;
  return xml.split(URL_DEV).join(urlProd).split(URL_DEV.replace(/\/$/, "")).join(origin);
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const demo = Boolean(env.demo) || !production;
  const urlProd = env.urlProd || URL_DEV;
  if (!/^https:\/\/.+\/$/.test(urlProd))
    throw new Error(`urlProd must be an https URL ending in "/": ${urlProd}`);
  // dist/ also holds the CLI bundle: the web builds have folders of their own, so cleaning one never
  // removes the other.
  const outDir = demo ? "dist/demo" : "dist/addin";
  // Scripts and connections: this origin and Office's CDN only; styles inline (Fluent's Griffel inserts them).
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${demo ? "" : "https://appsforoffice.microsoft.com"}`,
    `connect-src 'self' ${demo ? "" : "https://appsforoffice.microsoft.com"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "frame-src 'self' https://*.officeapps.live.com https://*.office.com",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the page's Content-Security-Policy forbids eval, in development too.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: { taskpane: "./src/taskpane/index.tsx", notice: "./src/notice/index.ts" },
    output: {
      path: path.resolve(__dirname, outDir),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: demo ? OFFICE_LOCAL : OFFICE_CDN, csp },
      }),
      // The ribbon's notice, shown in an Office dialog (see src/notice).
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/notice/notice.html",
        chunks: ["notice"],
        templateParameters: { officeJs: demo ? OFFICE_LOCAL : OFFICE_CDN, csp },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/screenshots/**"] } },
          { from: "src/taskpane/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? productionManifest(content.toString(), urlProd) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devServerTls() ?? "http",
      static: [{ directory: OFFICE_JS_DIR, publicPath: "/office-js", watch: false }],
      client: { overlay: false },
      // http(s)://localhost:3000/ opens the pane itself, not a 404.
      devMiddleware: { index: "taskpane.html" },
    },
  };
};
module.exports.productionManifest = productionManifest;
