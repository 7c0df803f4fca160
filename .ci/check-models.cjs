// Checks what the Camunda Modeler reads besides the BPMN files: element templates (against their JSON schema) and
// Camunda Forms (JSON, unique ids, a schemaVersion Tasklist 7.24 renders, every camunda:formRef in bpmn/ resolved).
// Usage: node .ci/check-models.cjs <repository root>; exits non-zero on any problem.
'use strict';

const fs = require('fs');
const path = require('path');
const { validateAll } = require('@bpmn-io/element-templates-validator');

// Tasklist 7.24 bundles form-js 1.8.7, whose schemaVersion is 16
const MAX_FORM_SCHEMA_VERSION = 16;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const root = path.resolve(process.argv[2] || '.');
const problems = [];

function filesUnder(dir, suffix) {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, name))
    .filter((file) => file.endsWith(suffix) && fs.statSync(file).isFile())
    .sort();
}

function relative(file) {
  return path.relative(root, file);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${relative(file)}: not valid JSON (${error.message})`);
    return null;
  }
}

function checkElementTemplates() {
  const files = filesUnder(path.join(root, 'bpmn', '.camunda', 'element-templates'), '.json');
  console.log(`element templates: ${files.length} file(s) in bpmn/.camunda/element-templates`);
  for (const file of files) {
    const content = readJson(file);
    if (content === null) {
      continue;
    }
    const templates = Array.isArray(content) ? content : [content];
    const result = validateAll(templates);
    result.results.forEach((templateResult, index) => {
      if (templateResult.valid) {
        return;
      }
      const name = (templates[index] && templates[index].id) || `template #${index}`;
      const errors = templateResult.errors || [];
      if (errors.length === 0) {
        problems.push(`${relative(file)}: ${name} is invalid (the validator gave no details)`);
      }
      for (const error of errors) {
        const where = error.instancePath || error.dataPath || '';
        problems.push(`${relative(file)}: ${name}${where}: ${error.message}`);
      }
    });
    if (!result.valid && result.results.every((templateResult) => templateResult.valid)) {
      problems.push(`${relative(file)}: invalid`);
    }
  }
}

function componentKeys(components, keys) {
  for (const component of components || []) {
    if (component.key !== undefined) {
      keys.push(component.key);
    }
    componentKeys(component.components, keys);
  }
  return keys;
}

function checkForms() {
  const files = filesUnder(path.join(root, 'forms'), '.form');
  console.log(`forms: ${files.length} file(s) in forms/`);
  const formIds = new Map();
  for (const file of files) {
    const form = readJson(file);
    if (form === null) {
      continue;
    }
    if (typeof form.id !== 'string' || form.id.trim() === '') {
      problems.push(`${relative(file)}: missing "id"`);
    } else if (formIds.has(form.id)) {
      problems.push(`${relative(file)}: id "${form.id}" is also used by ${formIds.get(form.id)}`);
    } else {
      formIds.set(form.id, relative(file));
    }
    if (!Number.isInteger(form.schemaVersion) || form.schemaVersion > MAX_FORM_SCHEMA_VERSION) {
      problems.push(
        `${relative(file)}: schemaVersion ${form.schemaVersion} is not an integer <= ${MAX_FORM_SCHEMA_VERSION}`);
    }
    for (const key of componentKeys(form.components, [])) {
      if (typeof key !== 'string' || !VARIABLE_NAME.test(key)) {
        problems.push(`${relative(file)}: field key "${key}" is not a valid process variable name`);
      }
    }
  }
  return formIds;
}

function checkFormRefs(formIds) {
  const models = filesUnder(path.join(root, 'bpmn'), '.bpmn');
  let refs = 0;
  for (const model of models) {
    const xml = fs.readFileSync(model, 'utf8');
    for (const match of xml.matchAll(/camunda:formRef="([^"]*)"/g)) {
      refs++;
      if (!formIds.has(match[1])) {
        problems.push(`${relative(model)}: camunda:formRef "${match[1]}" matches no form id in forms/`);
      }
    }
  }
  console.log(`form references: ${refs} camunda:formRef in ${models.length} model(s)`);
}

checkElementTemplates();
checkFormRefs(checkForms());

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  problems.forEach((problem) => console.error(`  ${problem}`));
  process.exit(1);
}
console.log('element templates and forms: OK');
