// Converts the cl100k_base ranks shipped in the MIT-licensed js-tiktoken npm package into the compact binary
// file Caliper compiles in (cl100k_base.ranks.z), after proving the ranks are OpenAI's original ones: the
// tiktoken text format ("<base64 token> <rank>\n" per rank) is rebuilt and its sha256 compared with the one
// ../shared/gold/tokens_gold.json names.
//
// Reproduce (Node >= 18, no dependencies):
//   cd /tmp && npm pack js-tiktoken@1.0.21 && tar xzf js-tiktoken-1.0.21.tgz
//   node resources/tokenizers/convert_cl100k.mjs /tmp/package/dist/ranks/cl100k_base.js \
//        resources/tokenizers/cl100k_base.ranks.z
//
// The output is in qCompress() format (4-byte big-endian uncompressed size, then a zlib stream), so the
// repository holds the small file and qUncompress() reads it. Uncompressed layout (little endian), read by
// core/metrics/tokencount.cpp:
//   8 bytes  magic "CLRANKS1"
//   4 bytes  token count N (ranks are 0 .. N-1, in order)
//   N bytes  byte length of each token (1 .. 255), in rank order
//   ...      the tokens' bytes, concatenated in rank order
// Lengths and bytes are kept apart because that compresses better.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const ExpectedSha256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
    console.error("usage: node convert_cl100k.mjs <js-tiktoken>/dist/ranks/cl100k_base.js <out.ranks.z>");
    process.exit(2);
}

const ranks = (await import(pathToFileURL(resolve(input)).href)).default;

// js-tiktoken's format: lines of "<ignored> <first rank> <base64 token> <base64 token> ...", consecutive ranks.
const tokens = [];
for (const line of ranks.bpe_ranks.split("\n").filter(Boolean)) {
    const [, offsetText, ...encoded] = line.split(" ");
    const offset = Number.parseInt(offsetText, 10);
    encoded.forEach((token, i) => (tokens[offset + i] = token));
}
for (let rank = 0; rank < tokens.length; ++rank) {
    if (tokens[rank] === undefined) {
        console.error(`rank ${rank} is missing: the binary layout needs consecutive ranks`);
        process.exit(1);
    }
}

const tiktokenText = tokens.map((token, rank) => `${token} ${rank}\n`).join("");
const sha256 = createHash("sha256").update(tiktokenText, "utf8").digest("hex");
if (sha256 !== ExpectedSha256) {
    console.error(`sha256 of the rebuilt tiktoken file is ${sha256}, expected ${ExpectedSha256}`);
    process.exit(1);
}

const bytes = tokens.map((token) => Buffer.from(token, "base64"));
const header = Buffer.alloc(12);
header.write("CLRANKS1", 0, "latin1");
header.writeUInt32LE(bytes.length, 8);
const lengths = Buffer.from(bytes.map((b) => b.length));
if (bytes.some((b) => b.length < 1 || b.length > 255)) {
    console.error("a token is empty or longer than 255 bytes");
    process.exit(1);
}
const layout = Buffer.concat([header, lengths, ...bytes]);
const sizePrefix = Buffer.alloc(4);
sizePrefix.writeUInt32BE(layout.length, 0);
writeFileSync(output, Buffer.concat([sizePrefix, deflateSync(layout, { level: 9 })]));
console.log(`${bytes.length} tokens, tiktoken text sha256 ${sha256} (matches), wrote ${output}`);
