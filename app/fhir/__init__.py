"""HL7 FHIR R4 views: questionnaire versions as ``Questionnaire``, assessments as
``QuestionnaireResponse``. Plain JSON builders; see docs/integrating.md for the mapping."""
