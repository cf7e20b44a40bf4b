/**
 * The demo catalogue of 示范市: service items across every service field, written for this
 * project in the language of the national implementation lists. Split by field group so each
 * file stays readable.
 */
import { ITEMS as SOCIAL_MEDICAL_FUND } from './catalogue/part1'
import { ITEMS as HOUSEHOLD_MARRIAGE_TRANSPORT } from './catalogue/part2'
import { ITEMS as ESTATE_TAX_MARKET } from './catalogue/part3'
import { ITEMS as EDUCATION_CIVIL_EXIT } from './catalogue/part4'

export const SERVICE_ITEMS = [...SOCIAL_MEDICAL_FUND, ...HOUSEHOLD_MARRIAGE_TRANSPORT, ...ESTATE_TAX_MARKET, ...EDUCATION_CIVIL_EXIT]
