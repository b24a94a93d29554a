#!/usr/bin/env node
// Lints .cypher files offline: syntax and semantic errors from @neo4j-cypher/language-support, plus a
// strict check that every label, relationship type, property key and parameter is declared in
// schema.json (the library alone lets a misspelt label through in CREATE/MERGE and never checks
// property keys). Any finding, warning or error, fails the run.
// Usage: node lint.cjs [file.cypher ...]   (default: the store's resources and graph-seed/*.cypher)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ls = require('@neo4j-cypher/language-support');

const root = path.resolve(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'schema.json'), 'utf8'));
const labels = new Set(schema.labels);
const relTypes = new Set(schema.relationshipTypes);
const keys = new Set([...schema.propertyKeys, ...schema.rowKeys, ...schema.mapKeys, ...schema.csvColumns]);
const dbSchema = {
  labels: schema.labels,
  relationshipTypes: schema.relationshipTypes,
  propertyKeys: schema.propertyKeys,
  parameters: schema.parameters,
  functions: ls.testData.mockSchema.functions,
  procedures: ls.testData.mockSchema.procedures,
};

function defaultFiles() {
  const dirs = [path.join(root, 'src', 'ChainGraph.Store.Neo4j', 'Cypher'), path.join(root, 'graph-seed')];
  return dirs.flatMap((dir) =>
    fs.readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort().map((f) => path.join(dir, f)));
}

function unquote(name) {
  return name.replace(/^`|`$/g, '');
}

function within(ctx, type) {
  for (let at = ctx.parentCtx; at; at = at.parentCtx) {
    if (at instanceof type) return true;
  }
  return false;
}

function strictNames(text) {
  const findings = [];
  const report = (ctx, message) => findings.push({ line: ctx.start.line, column: ctx.start.column + 1, message });
  const checkLabel = (ctx, name) => {
    const n = unquote(name);
    if (!labels.has(n)) report(ctx, `label ${n} is not in schema.json`);
  };
  const checkRelType = (ctx, name) => {
    const n = unquote(name);
    if (!relTypes.has(n)) report(ctx, `relationship type ${n} is not in schema.json`);
  };
  const checkEither = (ctx, name) => {
    const n = unquote(name);
    if (within(ctx, ls.RelationshipPatternContext) || within(ctx, ls.InsertRelationshipPatternContext)) checkRelType(ctx, n);
    else if (within(ctx, ls.NodePatternContext) || within(ctx, ls.InsertNodePatternContext)) checkLabel(ctx, n);
    else if (!labels.has(n) && !relTypes.has(n)) report(ctx, `label or relationship type ${n} is not in schema.json`);
  };
  const visit = (ctx) => {
      for (const child of ctx.children ?? []) {
        if (child.children !== undefined) visit(child);
      }
      if (ctx instanceof ls.PropertyKeyNameContext) {
        const key = unquote(ctx.getText());
        if (!keys.has(key)) report(ctx, `property key ${key} is not in schema.json`);
      } else if (ctx instanceof ls.LabelTypeContext) {
        checkLabel(ctx, ctx.symbolicNameString().getText());
      } else if (ctx instanceof ls.RelTypeContext) {
        checkRelType(ctx, ctx.symbolicNameString().getText());
      } else if (ctx instanceof ls.LabelOrRelTypeContext) {
        checkEither(ctx, ctx.symbolicNameString().getText());
      } else if (ctx instanceof ls.LabelNameContext) {
        checkEither(ctx, ctx.getText());
      } else if (ctx instanceof ls.InsertNodeLabelExpressionContext) {
        for (const name of ctx.symbolicNameString_list()) checkLabel(ctx, name.getText());
      } else if (ctx instanceof ls.InsertRelationshipLabelExpressionContext) {
        checkRelType(ctx, ctx.symbolicNameString().getText());
      }
  };
  // The library bundles its own ANTLR runtime, so the tree is walked by hand rather than with antlr4's walker.
  for (const statement of ls.parse(text)) {
    visit(statement);
  }
  return findings;
}

function lint(file) {
  const text = fs.readFileSync(file, 'utf8');
  const findings = [];
  if (text.trim().length === 0) {
    findings.push({ line: 1, column: 1, message: 'empty file' });
    return findings;
  }
  for (const d of ls.lintCypherQuery(text, dbSchema)) {
    findings.push({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message.replace(/\s+/g, ' ') });
  }
  findings.push(...strictNames(text));
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return findings;
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : defaultFiles();
let failed = 0;
for (const file of files) {
  const findings = lint(file);
  const name = path.relative(root, file);
  for (const f of findings) {
    console.log(`${name}:${f.line}:${f.column}: ${f.message}`);
  }
  if (findings.length > 0) failed++;
}
console.log(`cypher-lint: ${files.length} files, ${failed} with findings`);
process.exit(failed === 0 && files.length > 0 ? 0 : 1);
